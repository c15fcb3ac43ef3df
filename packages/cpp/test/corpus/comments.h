/* comments.h */ int from_header; // trailing
