'\N{abc'
