# only comments


# more
