(int) int
