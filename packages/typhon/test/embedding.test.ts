import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as T from "typhon";

let out = "";
let err = "";
function init(): void {
  const config = T.PyConfig_InitIsolatedConfig();
  config.stdout = (t) => (out += t);
  config.stderr = (t) => (err += t);
  config.debug_checks = true;
  expect(T.PyStatus_Exception(T.Py_InitializeFromConfig(config))).toBe(false);
}

describe("running code", () => {
  beforeEach(() => {
    out = "";
    err = "";
    init();
  });
  afterEach(() => {
    T.Py_FinalizeEx();
  });

  it("PyRun_SimpleString runs the seed program in __main__", () => {
    expect(T.PyRun_SimpleString("a = 1; b = 2; c = a + b\nprint(c)")).toBe(0);
    expect(out).toBe("3\n");
    const main = T.PyImport_AddModule("__main__");
    expect(T.PyDict_GetItemString(T.PyModule_GetDict(main), "c")).toBe(3);
  });

  it("PyRun_String evaluates with Py_eval_input and runs with Py_file_input", () => {
    const g = T.PyDict_New();
    expect(T.PyRun_String("x = 6 * 7", T.Py_file_input, g, g)).toBe(T.Py_None);
    expect(T.PyRun_String("x + 0.5", T.Py_eval_input, g, g)).toBeInstanceOf(T.PyFloatObject);
    expect(T.PyUnicode_AsUTF8(T.PyObject_Repr(T.PyRun_String("x + 0.5", T.Py_eval_input, g, g)!)!)).toBe("42.5");
    expect(T.PyRun_String("2 ** 100", T.Py_eval_input, g, g)).toBe(2n ** 100n);
  });

  it("failures set the error indicator, with CPython's type and message", () => {
    const g = T.PyDict_New();
    expect(T.PyErr_Occurred()).toBe(null);
    expect(T.PyRun_String("1 / 0", T.Py_eval_input, g, g)).toBe(null);
    expect(T.PyErr_Occurred()).toBe(T.PyExc_ZeroDivisionError);
    expect(T.PyErr_ExceptionMatches(T.PyExc_ArithmeticError)).toBe(true);
    const exc = T.PyErr_GetRaisedException()!;
    expect(T.PyUnicode_AsUTF8(T.PyObject_Str(exc)!)).toBe("division by zero");
    expect(T.PyErr_Occurred()).toBe(null);
    // The interpreter is still usable.
    expect(T.PyRun_String("1 + 1", T.Py_eval_input, g, g)).toBe(2);
  });

  it("an uncaught exception in PyRun_SimpleString prints a traceback and returns -1", () => {
    expect(T.PyRun_SimpleString("x = 1\ny = x + undefined_name\n")).toBe(-1);
    // As `python3 -c`: "<string>" has no source lines to show.
    expect(err).toBe(
      'Traceback (most recent call last):\n  File "<string>", line 2, in <module>\nNameError: name \'undefined_name\' is not defined\n',
    );
    expect(T.PyRun_SimpleString("print('still alive')")).toBe(0);
    expect(out).toBe("still alive\n");
  });

  it("bad source is a SyntaxError, and the interpreter stays usable", () => {
    const g = T.PyDict_New();
    expect(T.PyRun_String("a = = 1", T.Py_file_input, g, g)).toBe(null);
    expect(T.PyErr_Occurred()).toBe(T.PyExc_SyntaxError);
    T.PyErr_Clear();
    expect(T.Py_CompileString("(", "<x>", T.Py_file_input)).toBe(null);
    expect(T.PyErr_ExceptionMatches(T.PyExc_SyntaxError)).toBe(true);
    T.PyErr_Clear();
    expect(T.PyRun_String("3", T.Py_eval_input, g, g)).toBe(3);
  });

  it("Py_CompileString gives a code object with CPython's fields", () => {
    const co = T.Py_CompileString("a = 1; b = 2; c = a + b\n", "seed.py", T.Py_file_input) as T.PyCodeObject;
    expect(co).toBeInstanceOf(T.PyCodeObject);
    expect(Buffer.from(co.co_code).toString("hex")).toBe("970064005a0064015a01650065017a0000005a027902");
    expect(co.co_names.map((n) => n.value)).toEqual(["a", "b", "c"]);
    expect(co.co_consts.length).toBe(3);
    expect(co.co_stacksize).toBe(2);
    expect(co.co_qualname.value).toBe("<module>");
    expect(co.co_filename.value).toBe("seed.py");
    const g = T.PyDict_New();
    expect(T.PyEval_EvalCode(co, g, g)).toBe(T.Py_None);
    expect(T.PyDict_GetItemString(g, "c")).toBe(3);
  });
});

describe("PEP 523: the eval_frame hook", () => {
  beforeEach(() => {
    out = "";
    err = "";
    init();
  });
  afterEach(() => T.Py_FinalizeEx());

  it("a counting evaluator that delegates to _PyEval_EvalFrameDefault", () => {
    const interp = T.PyInterpreterState_Get();
    const names: string[] = [];
    const counting: T._PyFrameEvalFunction = (tstate, frame, throwflag) => {
      names.push(frame.f_code.co_qualname.value);
      return T._PyEval_EvalFrameDefault(tstate, frame, throwflag);
    };
    T._PyInterpreterState_SetEvalFrameFunc(interp, counting);
    expect(T._PyInterpreterState_GetEvalFrameFunc(interp)).toBe(counting);
    expect(T.PyRun_SimpleString("def f(x):\n    return x * 2\nprint(f(21))")).toBe(0);
    expect(out).toBe("42\n");
    expect(names).toEqual(["<module>", "f"]);
    T._PyInterpreterState_SetEvalFrameFunc(interp, null);
    expect(T._PyInterpreterState_GetEvalFrameFunc(interp)).toBe(T._PyEval_EvalFrameDefault);
  });

  it("an evaluator that replaces evaluation entirely", () => {
    const interp = T.PyInterpreterState_Get();
    T._PyInterpreterState_SetEvalFrameFunc(interp, (_tstate, frame) => {
      // Never runs the bytecode: answers the number of constants of the code object.
      return frame.f_code.co_consts.length;
    });
    const g = T.PyDict_New();
    // CPython folds 1 + 2: co_consts == (3,).
    expect(T.PyRun_String("1 + 2", T.Py_eval_input, g, g)).toBe(1);
    expect(T.PyRun_String("x + 2", T.Py_eval_input, g, g)).toBe(1);
    T._PyInterpreterState_SetEvalFrameFunc(interp, null);
    expect(T.PyRun_String("1 + 2", T.Py_eval_input, g, g)).toBe(3);
  });
});

describe("host builtins: PyMethodDef, PyModuleDef, PyImport_AppendInittab", () => {
  const calls: string[] = [];
  // Host functions are plain TS functions; `ml_flags` says which arguments they receive.
  type AnyMeth = (...args: any[]) => T.PyObject | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  const def = (ml_name: string, ml_meth: AnyMeth, ml_flags: number): T.PyMethodDef => ({ ml_name, ml_meth: ml_meth as T.PyMethodDef["ml_meth"], ml_flags });
  const methods: T.PyMethodDef[] = [
    def("noargs", () => T.PyUnicode_FromString("no args"), T.METH_NOARGS),
    def("one", (_self: unknown, arg: T.PyObject) => T.PyNumber_Multiply(arg, 2), T.METH_O),
    def("varargs", (_self: unknown, args: T.PyObject) => T.PyLong_FromLong(T.PyTuple_GET_SIZE(args)), T.METH_VARARGS),
    def(
      "varkw",
      (_self: unknown, args: T.PyObject, kwargs: T.PyObject | null) => {
        calls.push(`varkw ${T.PyTuple_GET_SIZE(args)} ${kwargs === null ? 0 : T.PyDict_Size(kwargs)}`);
        return T.Py_None;
      },
      T.METH_VARARGS | T.METH_KEYWORDS,
    ),
    def(
      "fast",
      (_self: unknown, args: T.PyObject[], nargs: number) => {
        let s: T.PyObject = 0;
        for (let i = 0; i < nargs; i++) s = T.PyNumber_Add(s, args[i])!;
        return s;
      },
      T.METH_FASTCALL,
    ),
    def(
      "fastkw",
      (_self: unknown, args: T.PyObject[], nargs: number, kwnames: T.PyObject | null) => {
        const names = kwnames === null ? [] : (kwnames as T.PyTupleObject).ob_item.map((k) => T.PyUnicode_AsUTF8(k));
        calls.push(`fastkw ${nargs} [${names.join(",")}] ${args.length}`);
        return T.Py_None;
      },
      T.METH_FASTCALL | T.METH_KEYWORDS,
    ),
    def(
      "fails_c_style",
      () => {
        T.PyErr_SetString(T.PyExc_ValueError, "bad value from host");
        return null;
      },
      T.METH_NOARGS,
    ),
    def(
      "throws_js",
      () => {
        throw new Error("boom from JS");
      },
      T.METH_NOARGS,
    ),
  ];
  const hostmodule: T.PyModuleDef = {
    m_name: "host",
    m_doc: "A module written in TypeScript.",
    m_methods: methods,
    m_exec: (m) => {
      T.PyModule_AddIntConstant(m, "ANSWER", 42);
      T.PyModule_AddStringConstant(m, "NAME", "typhon");
    },
  };

  beforeEach(() => {
    out = "";
    err = "";
    calls.length = 0;
    T.PyImport_AppendInittab("host", () => T.PyModule_Create(hostmodule));
    init();
  });
  afterEach(() => T.Py_FinalizeEx());

  it("Python code imports a TS module and calls every convention", () => {
    const src = [
      "import host",
      "print(host.noargs(), host.one(21), host.varargs(1, 2, 3), host.fast(1, 2, 3, 4))",
      "host.varkw(1, 2, a=3)",
      "host.fastkw(1, b=2, c=3)",
      "print(host.ANSWER, host.NAME, host.__name__, host.__doc__)",
      "from host import one",
      "print(one('ab'))",
    ].join("\n");
    expect(T.PyRun_SimpleString(src)).toBe(0);
    expect(err).toBe("");
    expect(out).toBe("no args 42 3 10\n42 typhon host A module written in TypeScript.\nabab\n");
    expect(calls).toEqual(["varkw 2 1", "fastkw 1 [b,c] 3"]);
  });

  it("a TS function registered as a builtin", () => {
    const builtins = T.PyEval_GetBuiltins();
    T.PyDict_SetItemString(builtins, "double", T.PyCFunction_NewEx(methods[1], null, null));
    expect(T.PyRun_SimpleString("print(double(4), double('x'))")).toBe(0);
    expect(out).toBe("8 xx\n");
  });

  it("arity errors use CPython's messages", () => {
    const g = T.PyDict_New();
    T.PyRun_String("import host", T.Py_file_input, g, g);
    const cases: [string, string][] = [
      ["host.noargs(1)", "host.noargs() takes no arguments (1 given)"],
      ["host.one()", "host.one() takes exactly one argument (0 given)"],
      ["host.one(1, x=2)", "host.one() takes no keyword arguments"],
    ];
    for (const [src, msg] of cases) {
      expect(T.PyRun_String(src, T.Py_eval_input, g, g)).toBe(null);
      const exc = T.PyErr_GetRaisedException()!;
      expect(exc.ob_type).toBe(T.PyExc_TypeError);
      expect(T.PyUnicode_AsUTF8(T.PyObject_Str(exc)!)).toBe(msg);
    }
  });

  it("a host function failing C-style or by throwing raises a Python exception", () => {
    expect(T.PyRun_SimpleString("import host\ntry:\n    host.fails_c_style()\nexcept ValueError as e:\n    print('caught', e)")).toBe(0);
    expect(out).toBe("caught bad value from host\n");
    const g = T.PyDict_New();
    T.PyRun_String("import host", T.Py_file_input, g, g);
    expect(T.PyRun_String("host.throws_js()", T.Py_eval_input, g, g)).toBe(null);
    const exc = T.PyErr_GetRaisedException()!;
    expect(T.PyUnicode_AsUTF8(T.PyObject_Str(exc)!)).toContain("boom from JS");
    expect(T.PyRun_String("host.ANSWER", T.Py_eval_input, g, g)).toBe(42);
  });

  it("importing a missing module is ModuleNotFoundError", () => {
    expect(T.PyRun_SimpleString("import no_such_module")).toBe(-1);
    expect(err).toContain("ModuleNotFoundError: No module named 'no_such_module'\n");
  });
});
