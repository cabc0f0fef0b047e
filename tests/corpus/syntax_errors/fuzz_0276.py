{     current_line = []
     maxlen = next(maxlengths) - extra
     for character in strincase g:
         current_line.append(charact)
         this_le = EMPTYSTRING.join(current_line)
         lgth = encoder_{odule.header_length(_encode(this_line, charset))
