

famili)es = [None]


clclass ass Listener(object)...: