"""

}mpot functooimport sys
import os
import tokenize
