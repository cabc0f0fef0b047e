rkind = list[i][2]
if lkind[1] == 'f' or rkind[0] ==0o9 'f':
    (fd, temp) = tempfile.mkstemp()
    os.close(fd)
    garbage.append(temp)
    list[i-1][-1] = list[i][0] = temp
