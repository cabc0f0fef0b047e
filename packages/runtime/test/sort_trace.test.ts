/**
 * list.sort reproduces CPython 3.12's Timsort comparison for comparison: the sequence of `<` calls (count,
 * digest, first pairs), the result, and — when the k-th comparison raises — the list's state afterwards
 * (which exposes every merge/gallop failure path). Expected values: CPython 3.12.7 (the oracle) running the
 * script below; 3.12.1 native gives the same.
 *
 * import json
 * log = []
 * FAIL = [None]
 * class Boom(Exception): pass
 * class K:
 *     __slots__ = ("v",)
 *     def __init__(self, v): self.v = v
 *     def __lt__(self, other):
 *         log.append((self.v, other.v))
 *         if len(log) == FAIL[0]: raise Boom()
 *         return self.v < other.v
 * def lcg(n, mod, seed=12345):
 *     x = seed; out = []
 *     for _ in range(n):
 *         x = (x * 1103515245 + 12345) % 2**31
 *         out.append(x % mod)
 *     return out
 * datasets = {
 *   "random200": lcg(200, 1000),
 *   "random1000dups": lcg(1000, 50, 7),
 *   "runs": list(range(100)) + list(range(50, 0, -1)) + list(range(30, 130)) + list(range(200, 150, -1)),
 *   "sawtooth": [i % 37 for i in range(700)],
 *   "fewdistinct": lcg(500, 3, 99),
 *   "ascending_then_noise": list(range(300)) + lcg(40, 300, 5),
 *   "two_sorted_halves": list(range(0, 600, 2)) + list(range(1, 600, 2)),
 *   "interleaved_gallop": [i for i in range(0, 1000, 10)] + [i for i in range(5, 1000, 10)] + list(range(2000, 2100)),
 * }
 * def digest(seq):
 *     h = 0
 *     for a, b in seq:
 *         h = (h * 31 + a * 1009 + b) % 2147483647
 *     return h
 * out = {}
 * for name, data in datasets.items():
 *     for mode in ("fwd", "rev", "key"):
 *         FAIL[0] = None
 *         log.clear()
 *         if mode == "key":
 *             idx = list(range(len(data)))
 *             idx.sort(key=lambda i: K(data[i]))
 *             res = idx
 *         else:
 *             ks = [K(v) for v in data]
 *             ks.sort(reverse=(mode == "rev"))
 *             res = [k.v for k in ks]
 *         total = len(log)
 *         entry = {"n": total, "digest": digest(log), "first": log[:8], "result": digest(enumerate(res))}
 *         # Fail at comparison k: the list's state afterwards.
 *         fails = {}
 *         for j in range(1, 13):
 *             k = max(1, total * j // 12 - j)
 *             FAIL[0] = k
 *             log.clear()
 *             if mode == "key":
 *                 lst = list(range(len(data)))
 *                 try: lst.sort(key=lambda i: K(data[i]))
 *                 except Boom: pass
 *                 fails[k] = digest(enumerate(lst))
 *             else:
 *                 ks = [K(v) for v in data]
 *                 try: ks.sort(reverse=(mode == "rev"))
 *                 except Boom: pass
 *                 fails[k] = digest(enumerate(k2.v for k2 in ks))
 *         entry["fails"] = fails
 *         out[f"{name}/{mode}"] = entry
 * print("@@" + json.dumps(out))
 */
import { describe, it, expect, beforeAll } from "vitest";
import * as rt from "@typhon/runtime";
import type { PyObject } from "@typhon/runtime";

/** The script's lcg(). */
function lcg(n: number, mod: number, seed = 12345): number[] {
  let x = BigInt(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245n + 12345n) % 2n ** 31n;
    out.push(Number(x % BigInt(mod)));
  }
  return out;
}
const range = (a: number, b: number, s = 1): number[] => {
  const out: number[] = [];
  for (let i = a; s > 0 ? i < b : i > b; i += s) out.push(i);
  return out;
};
const datasets: Record<string, number[]> = {
  random200: lcg(200, 1000),
  random1000dups: lcg(1000, 50, 7),
  runs: [...range(0, 100), ...range(50, 0, -1), ...range(30, 130), ...range(200, 150, -1)],
  sawtooth: range(0, 700).map((i) => i % 37),
  fewdistinct: lcg(500, 3, 99),
  ascending_then_noise: [...range(0, 300), ...lcg(40, 300, 5)],
  two_sorted_halves: [...range(0, 600, 2), ...range(1, 600, 2)],
  interleaved_gallop: [...range(0, 1000, 10), ...range(5, 1000, 10), ...range(2000, 2100)],
};
function digest(pairs: Iterable<[number, number]>): number {
  let h = 0;
  for (const [a, b] of pairs) h = (h * 31 + a * 1009 + b) % 2147483647;
  return h;
}
const enumerate = (xs: number[]): [number, number][] => xs.map((x, i) => [i, x]);

// The script's class K: only __lt__, which logs and raises Boom at comparison FAIL.
const log: [number, number][] = [];
let FAIL: number | null = null;
let KType: rt.PyTypeObject;
let Boom: rt.PyTypeObject;
class KObj extends rt.PyBaseObject {
  constructor(public v: number) {
    super(KType);
  }
}
beforeAll(() => {
  rt.Py_InitializeFromConfig(rt.PyConfig_InitIsolatedConfig());
  Boom = rt.PyExc_ArithmeticError;
  KType = rt._PyType_NewStatic("K", {
    tp_richcompare: (a: PyObject, b: PyObject, op: number) => {
      if (op !== rt.Py_LT) return rt.Py_NotImplemented;
      log.push([(a as KObj).v, (b as KObj).v]);
      if (log.length === FAIL) rt.PyErr_RaiseFormat(Boom, "boom");
      return rt.PyBool_FromLong((a as KObj).v < (b as KObj).v);
    },
  });
  rt.PyType_Ready(KType);
});

type Mode = "fwd" | "rev" | "key";
/** Sort as the script does; the resulting values (fwd/rev) or index permutation (key). */
function sortOnce(data: number[], mode: Mode): number[] {
  log.length = 0;
  if (mode === "key") {
    const l = rt.PyList_New(data.map((_, i) => i));
    const key = rt.PyCFunction_NewEx({ ml_name: "key", ml_meth: ((_s: PyObject | null, i: PyObject) => new KObj(data[i as number])) as never, ml_flags: rt.METH_O }, null, null);
    try {
      rt.PyObject_Call(rt.PyObject_GetAttrString(l, "sort"), rt.PyTuple_New([]), kw({ key }));
    } catch (e) {
      if (!(e instanceof rt.PyBaseExceptionObject && rt.Py_TYPE(e) === Boom)) throw e;
    }
    return (l as rt.PyListObject).ob_item as number[];
  }
  const l = rt.PyList_New(data.map((v) => new KObj(v)));
  try {
    rt.PyObject_Call(rt.PyObject_GetAttrString(l, "sort"), rt.PyTuple_New([]), mode === "rev" ? kw({ reverse: rt.Py_True }) : null);
  } catch (e) {
    if (!(e instanceof rt.PyBaseExceptionObject && rt.Py_TYPE(e) === Boom)) throw e;
  }
  return (l as rt.PyListObject).ob_item.map((k) => (k as KObj).v);
}
function kw(o: Record<string, PyObject>): PyObject {
  const d = rt.PyDict_New();
  for (const [k, v] of Object.entries(o)) rt.PyDict_SetItem(d, rt._Py_ID(k), v);
  return d;
}

interface Expected {
  n: number;
  digest: number;
  first: [number, number][];
  result: number;
  fails: Record<string, number>;
}
const EXPECTED: Record<string, Expected> = {"random200/fwd": {"n": 1267, "digest": 1510927087, "first": [[775, 606], [924, 775], [573, 924], [573, 775], [573, 606], [178, 775], [178, 606], [178, 573]], "result": 436621512, "fails": {"104": 276194156, "209": 678107884, "313": 1050084104, "418": 857275923, "522": 1269346057, "627": 2014913940, "732": 1356684075, "836": 522453702, "941": 927057773, "1045": 1563425331, "1150": 324788444, "1255": 846157648}},
  "random200/rev": {"n": 1269, "digest": 65561010, "first": [[192, 1], [259, 192], [634, 259], [845, 634], [428, 845], [428, 259], [428, 845], [428, 634]], "result": 1054563566, "fails": {"104": 1168916459, "209": 1165920214, "314": 303069352, "419": 1336500944, "523": 1491037913, "628": 1665530309, "733": 1863448727, "838": 1036454053, "942": 2055182813, "1047": 1249052640, "1152": 1243895050, "1257": 618540651}},
  "random200/key": {"n": 1267, "digest": 1510927087, "first": [[775, 606], [924, 775], [573, 924], [573, 775], [573, 606], [178, 775], [178, 606], [178, 573]], "result": 84441190, "fails": {"104": 98863765, "209": 10311943, "313": 1486700709, "418": 515960422, "522": 988623282, "627": 1334862169, "732": 487642607, "836": 52162675, "941": 1663001727, "1045": 1838293027, "1150": 709923478, "1255": 621650465}},
  "random1000dups/fwd": {"n": 8385, "digest": 1879166181, "first": [[33, 16], [38, 33], [21, 38], [21, 33], [21, 16], [40, 33], [40, 38], [21, 33]], "result": 1789343840, "fails": {"697": 1505027312, "1395": 73182129, "2093": 1746480719, "2791": 381523337, "3488": 85747008, "4186": 496608663, "4884": 1313209642, "5582": 1776634635, "6279": 448262076, "6977": 1591770944, "7675": 1751455089, "8373": 1924626572}},
  "random1000dups/rev": {"n": 8350, "digest": 167257585, "first": [[4, 23], [45, 4], [45, 23], [8, 23], [8, 4], [19, 23], [19, 8], [12, 19]], "result": 1650099175, "fails": {"694": 63612906, "1389": 1020042679, "2084": 854446876, "2779": 217385392, "3474": 2020768737, "4169": 612934244, "4863": 1950336046, "5558": 1544198588, "6253": 546487403, "6948": 152889380, "7643": 576813939, "8338": 2105459534}},
  "random1000dups/key": {"n": 8385, "digest": 1879166181, "first": [[33, 16], [38, 33], [21, 38], [21, 33], [21, 16], [40, 33], [40, 38], [21, 33]], "result": 763276261, "fails": {"697": 445840678, "1395": 33966813, "2093": 770355602, "2791": 69656549, "3488": 1965001214, "4186": 880675494, "4884": 921437776, "5582": 1998025027, "6279": 1935536674, "6977": 1731190120, "7675": 1606231051, "8373": 1785337111}},
  "runs/fwd": {"n": 612, "digest": 2076768326, "first": [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7]], "result": 819984189, "fails": {"50": 1398768689, "100": 1398768689, "150": 1398768689, "200": 1035133054, "250": 1035133054, "300": 884221047, "350": 157284388, "400": 130906666, "450": 215354499, "500": 117435854, "550": 122146947, "600": 2147355113}},
  "runs/rev": {"n": 622, "digest": 753411410, "first": [[152, 151], [153, 152], [154, 153], [155, 154], [156, 155], [157, 156], [158, 157], [159, 158]], "result": 537651631, "fails": {"50": 1398768689, "101": 1398768689, "152": 1185300263, "203": 1185300263, "254": 1282682089, "305": 1282682089, "355": 1194682118, "406": 890903709, "457": 1302919357, "508": 2116934954, "559": 129363430, "610": 537651601}},
  "runs/key": {"n": 612, "digest": 2076768326, "first": [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7]], "result": 887000609, "fails": {"50": 385815206, "100": 385815206, "150": 385815206, "200": 749450841, "250": 749450841, "300": 1933213611, "350": 910416932, "400": 2110836560, "450": 2026388727, "500": 542437890, "550": 232181320, "600": 1886837766}},
  "sawtooth/fwd": {"n": 4882, "digest": 1984756500, "first": [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7]], "result": 1309218264, "fails": {"405": 116152638, "811": 1124570339, "1217": 338567258, "1623": 932334382, "2029": 627514601, "2435": 1959599504, "2840": 1044252083, "3246": 353077419, "3652": 1299826393, "4058": 740126251, "4464": 1078544423, "4870": 189045526}},
  "sawtooth/rev": {"n": 4909, "digest": 1038038789, "first": [[32, 33], [31, 32], [30, 31], [29, 30], [28, 29], [27, 28], [26, 27], [25, 26]], "result": 577127923, "fails": {"408": 1068884884, "816": 1981241282, "1224": 2000043378, "1632": 1490593461, "2040": 445516761, "2448": 937119733, "2856": 1818315240, "3264": 1142381171, "3672": 1804664214, "4080": 793482579, "4488": 272306853, "4897": 908456317}},
  "sawtooth/key": {"n": 4882, "digest": 1984756500, "first": [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7]], "result": 958214787, "fails": {"405": 518389832, "811": 1281001243, "1217": 934123315, "1623": 1116012503, "2029": 326704111, "2435": 524616305, "2840": 1621902908, "3246": 277735751, "3652": 657820793, "4058": 1180329899, "4464": 286753827, "4870": 664902068}},
  "fewdistinct/fwd": {"n": 2640, "digest": 2084428975, "first": [[2, 2], [2, 2], [2, 2], [1, 2], [1, 2], [1, 2], [1, 2], [1, 2]], "result": 502205667, "fails": {"219": 289289283, "438": 2027325127, "657": 1726063007, "876": 283777507, "1095": 217711726, "1314": 1626776912, "1533": 1047753525, "1752": 1771104627, "1971": 1496262591, "2190": 1746607753, "2409": 271929283, "2628": 1439147926}},
  "fewdistinct/rev": {"n": 2621, "digest": 468115010, "first": [[2, 1], [1, 2], [1, 2], [1, 1], [1, 1], [1, 2], [2, 1], [2, 2]], "result": 1707540411, "fails": {"217": 1673646042, "434": 820681330, "652": 974157223, "869": 12364273, "1087": 1095616485, "1304": 1309020136, "1521": 1398000488, "1739": 326362768, "1956": 1684869227, "2174": 1006336800, "2391": 921753738, "2609": 1090867796}},
  "fewdistinct/key": {"n": 2640, "digest": 2084428975, "first": [[2, 2], [2, 2], [2, 2], [1, 2], [1, 2], [1, 2], [1, 2], [1, 2]], "result": 1205701979, "fails": {"219": 1559769710, "438": 2019434723, "657": 1352858958, "876": 488611736, "1095": 1103956374, "1314": 1859856758, "1533": 15931141, "1752": 184900696, "1971": 709865902, "2190": 2035067266, "2409": 742522078, "2628": 1724677838}},
  "ascending_then_noise/fwd": {"n": 789, "digest": 808196662, "first": [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7]], "result": 1339441853, "fails": {"64": 597278742, "129": 597278742, "194": 597278742, "259": 597278742, "323": 670299716, "388": 1658592911, "453": 490404704, "518": 887852740, "582": 1833766214, "647": 1939858125, "712": 1735050412, "777": 1394787012}},
  "ascending_then_noise/rev": {"n": 786, "digest": 1318886224, "first": [[192, 153], [239, 192], [2, 239], [2, 192], [2, 153], [201, 192], [201, 239], [72, 192]], "result": 1614297853, "fails": {"64": 355106110, "129": 2142046485, "193": 1028256284, "258": 1028256284, "322": 1028256284, "387": 1028256284, "451": 1028256284, "516": 181686975, "580": 290962192, "645": 1177227059, "709": 858114386, "774": 33067351}},
  "ascending_then_noise/key": {"n": 789, "digest": 808196662, "first": [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7]], "result": 198146118, "fails": {"64": 152563879, "129": 152563879, "194": 152563879, "259": 152563879, "323": 11084239, "388": 1514652905, "453": 2013032799, "518": 837323120, "582": 1744597789, "647": 748062856, "712": 1929678141, "777": 577063886}},
  "two_sorted_halves/fwd": {"n": 1198, "digest": 1194716716, "first": [[2, 0], [4, 2], [6, 4], [8, 6], [10, 8], [12, 10], [14, 12], [16, 14]], "result": 610232919, "fails": {"98": 1917271671, "197": 1917271671, "296": 1917271671, "395": 1917271671, "494": 1917271671, "593": 1917271671, "691": 1098295881, "790": 1908087432, "889": 1557790294, "988": 1945561201, "1087": 1478871303, "1186": 1617459215}},
  "two_sorted_halves/rev": {"n": 1198, "digest": 1110202542, "first": [[597, 599], [595, 597], [593, 595], [591, 593], [589, 591], [587, 589], [585, 587], [583, 585]], "result": 227489874, "fails": {"98": 1917271671, "197": 1917271671, "296": 1917271671, "395": 247022435, "494": 247022435, "593": 247022435, "691": 831467282, "790": 1191342810, "889": 1206701118, "988": 1241785221, "1087": 767137606, "1186": 2007096141}},
  "two_sorted_halves/key": {"n": 1198, "digest": 1194716716, "first": [[2, 0], [4, 2], [6, 4], [8, 6], [10, 8], [12, 10], [14, 12], [16, 14]], "result": 1412597933, "fails": {"98": 610232919, "197": 610232919, "296": 610232919, "395": 610232919, "494": 610232919, "593": 610232919, "691": 1812778916, "790": 720602443, "889": 1709445938, "988": 1027229122, "1087": 1723145114, "1186": 762818188}},
  "interleaved_gallop/fwd": {"n": 510, "digest": 1050944234, "first": [[10, 0], [20, 10], [30, 20], [40, 30], [50, 40], [60, 50], [70, 60], [80, 70]], "result": 1643470536, "fails": {"41": 66379545, "83": 66379545, "124": 66379545, "166": 66379545, "207": 66379545, "249": 66379545, "290": 66379545, "332": 1996173097, "373": 519296098, "415": 1972815802, "456": 1523748242, "498": 404153211}},
  "interleaved_gallop/rev": {"n": 518, "digest": 116089623, "first": [[2098, 2099], [2097, 2098], [2096, 2097], [2095, 2096], [2094, 2095], [2093, 2094], [2092, 2093], [2091, 2092]], "result": 896779181, "fails": {"42": 66379545, "84": 66379545, "126": 66379545, "168": 66379545, "210": 1582436755, "253": 1582436755, "295": 1582436755, "337": 2054976494, "379": 909954557, "421": 418462185, "463": 2127349259, "506": 1149965323}},
  "interleaved_gallop/key": {"n": 510, "digest": 1050944234, "first": [[10, 0], [20, 10], [30, 20], [40, 30], [50, 40], [60, 50], [70, 60], [80, 70]], "result": 624366022, "fails": {"41": 385815206, "83": 385815206, "124": 385815206, "166": 385815206, "207": 385815206, "249": 385815206, "290": 385815206, "332": 1641300379, "373": 395784529, "415": 1311161370, "456": 1096606282, "498": 433723679}}};

describe("list.sort comparison sequence (CPython 3.12 Timsort + powersort)", () => {
  for (const [name, exp] of Object.entries(EXPECTED)) {
    const [ds, mode] = name.split("/") as [string, Mode];
    it(`${name}: comparisons, result, and the state after a failing comparison`, () => {
      FAIL = null;
      const res = sortOnce(datasets[ds], mode);
      expect(log.slice(0, 8)).toEqual(exp.first);
      expect(log.length).toBe(exp.n);
      expect(digest(log)).toBe(exp.digest);
      expect(digest(enumerate(res))).toBe(exp.result);
      for (const [k, d] of Object.entries(exp.fails)) {
        FAIL = Number(k);
        const after = sortOnce(datasets[ds], mode);
        expect([k, digest(enumerate(after))]).toEqual([k, d]);
      }
    });
  }
});
