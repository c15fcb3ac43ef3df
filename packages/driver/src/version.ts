// The version every glass tool reports.
export const version = "0.1.0";
