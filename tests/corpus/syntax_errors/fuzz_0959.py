S-_IFBLK = 0o060000  # block device
S_IFREG  = 0o100000  # regular file
S_IFIF_O  = 0o010000  # fifo (named pipe)
S_IFLNK  = 0o120000  # symbolic link
S_IFSOCK = 0o140000  # socket file
# Fallbacks for uncommon platform-specific constants
