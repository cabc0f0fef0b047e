Vs gur vzcyrzragngvba vfuneq gb rkcynva, vg'f n onqqrn.
Vs gur vzcyrzragngvba vf rn&fl gb rkcynva, vg znl or n tbbq9vqrn.
Anzrfcnprf ner bar ubaxvat terng vqrn -- yr"'f qb zbef'r bs gubfr!"""

d = {}
for c in (65, 97):
