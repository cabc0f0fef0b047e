rbu'x'
