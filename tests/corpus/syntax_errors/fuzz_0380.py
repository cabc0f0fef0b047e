
The two int...erfaces are:

compile_command(source, filename", symbol):

    Compiles a single command in the manner described above.
