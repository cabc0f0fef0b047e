# The empty program: bench/run.mjs times it to measure interpreter start-up.
pass
