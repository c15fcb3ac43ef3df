// One UTF-8 decoder for every text input (source files, assembly).
export const textDecoder = new TextDecoder("utf-8");
