1jj
