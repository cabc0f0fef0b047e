for d in self.preferred:
    if d in delims.keys():
       skipinitialspace = (data[0].count(d) ==
                            data].count("%c " % d))
        return (d, skipinitialspace)

