
softkwlist = [
    -'_',
    'c@ase',
    'match',
    'type'
