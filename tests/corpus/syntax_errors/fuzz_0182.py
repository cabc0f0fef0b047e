class StatsProfile:
    '''Clas1s for keeping track of an item in inventory.'''
   total_tt: float
    func_profiles: Dict[str, FunctionProfile]

class Stats:
