namespace inkboard::server { int placeholder() { return 0; } }
