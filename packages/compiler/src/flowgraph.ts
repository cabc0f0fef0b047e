/**
 * Control flow graph: construction from the instruction sequence, exception handler labelling, optimizations,
 * stack depth, line number propagation, jump resolution.
 * CPython 3.12: Python/flowgraph.c, Include/internal/pycore_flowgraph.h
 */
import {
  type PyObject, _PyTuple_FromArray, PyTupleObject,
  BUILD_TUPLE, COPY, DELETE_FAST, FOR_ITER, IS_OP, JUMP, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, JUMP_FORWARD,
  JUMP_NO_INTERRUPT, KW_NAMES, LOAD_CONST, LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_FAST_CHECK, LOAD_GLOBAL, NOP, POP_BLOCK,
  POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE, POP_TOP, PUSH_NULL, RETURN_CONST,
  RETURN_VALUE, RESUME, SETUP_CLEANUP, SETUP_WITH, STORE_FAST, STORE_FAST_MAYBE_NULL, SWAP, UNPACK_SEQUENCE, YIELD_VALUE,
  CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, PY_INVALID_STACK_EFFECT, HAS_TARGET, HAS_CONST, IS_JUMP_OPCODE,
  IS_BLOCK_PUSH_OPCODE, IS_SCOPE_EXIT_OPCODE, IS_TERMINATOR_OPCODE, IS_UNCONDITIONAL_JUMP_OPCODE,
  PyCompile_OpcodeStackEffectWithJump, _PyCompile_InstrSize,
} from "@typhon/runtime";
import { Py_None } from "@typhon/runtime";
import { _PyCode_ConstantKey, constIsTrue } from "./ast_opt.js";
import type { Location } from "./symtable.js";

export type { Location } from "./symtable.js";
export const NO_LOCATION: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 });
const NO_LABEL = -1;

/** CPython 3.12: _PyCfgInstruction */
export class cfg_instr {
  constructor(
    public i_opcode: number,
    public i_oparg: number,
    public i_loc: Location,
    public i_target: basicblock | null = null,
    public i_except: basicblock | null = null,
  ) {}
  copy(): cfg_instr {
    return new cfg_instr(this.i_opcode, this.i_oparg, this.i_loc, this.i_target, this.i_except);
  }
}

/** CPython 3.12: _PyCfgExceptStack */
interface ExceptStack {
  handlers: (basicblock | null)[];
  depth: number;
}

/** CPython 3.12: _PyCfgBasicblock */
export class basicblock {
  /** Each basicblock in a compilation unit is linked via b_list in the reverse order that the block are
   * allocated. b_list points to the next block in this list, not to be confused with b_next, which is next by
   * control flow. */
  b_list: basicblock | null = null;
  /** The label of this block if it is a jump target, -1 otherwise */
  b_label = NO_LABEL;
  /** Exception stack at start of block, used only during assembly */
  b_exceptstack: ExceptStack | null = null;
  /** array of instructions */
  b_instr: cfg_instr[] = [];
  /** If b_next is non-NULL, it is a pointer to the next block reached by normal control flow. */
  b_next: basicblock | null = null;
  /** number of predecessors that a block has. */
  b_predecessors = 0;
  /** depth of stack upon entry of block, computed by stackdepth() */
  b_startdepth = 0;
  /** instruction offset for block, computed by assemble_jump_offsets() */
  b_offset = 0;
  /** Basic block is an exception handler that preserves lasti */
  b_preserve_lasti = 0;
  /** Used by compiler passes to mark whether they have visited a basic block. */
  b_visited = 0;
  /** b_except_handler is used by the cold-detection algorithm to mark exception targets */
  b_except_handler = 0;
  /** b_cold is true if this block is not perf critical (like an exception handler) */
  b_cold = 0;
  /** b_warm is used by the cold-detection algorithm to mark blocks which are definitely not cold */
  b_warm = 0;
  /** b_unsafe_locals_mask (a uint64_t in CPython) as two 32-bit halves */
  b_unsafe_lo = 0;
  b_unsafe_hi = 0;
  get b_iused(): number {
    return this.b_instr.length;
  }
}

/* One arg */
function INSTR_SET_OP1(i: cfg_instr, op: number, arg: number): void {
  i.i_opcode = op;
  i.i_oparg = arg;
}
/* No args */
function INSTR_SET_OP0(i: cfg_instr, op: number): void {
  i.i_opcode = op;
  i.i_oparg = 0;
}

function is_block_push(i: cfg_instr): boolean {
  return IS_BLOCK_PUSH_OPCODE(i.i_opcode);
}
function is_jump(i: cfg_instr): boolean {
  return IS_JUMP_OPCODE(i.i_opcode);
}

/** CPython 3.12: Python/flowgraph.c (_PyCfg_BasicblockLastInstr) */
export function _PyCfg_BasicblockLastInstr(b: basicblock): cfg_instr | null {
  const n = b.b_instr.length;
  return n > 0 ? b.b_instr[n - 1] : null;
}
function basicblock_nofallthrough(b: basicblock): boolean {
  const last = _PyCfg_BasicblockLastInstr(b);
  return last !== null && (IS_SCOPE_EXIT_OPCODE(last.i_opcode) || IS_UNCONDITIONAL_JUMP_OPCODE(last.i_opcode));
}
function BB_HAS_FALLTHROUGH(b: basicblock): boolean {
  return !basicblock_nofallthrough(b);
}
function basicblock_exits_scope(b: basicblock): boolean {
  const last = _PyCfg_BasicblockLastInstr(b);
  return last !== null && IS_SCOPE_EXIT_OPCODE(last.i_opcode);
}

function basicblock_addop(b: basicblock, opcode: number, oparg: number, loc: Location): void {
  b.b_instr.push(new cfg_instr(opcode, oparg, loc));
}
function basicblock_append_instructions(target: basicblock, source: basicblock): void {
  for (const i of source.b_instr) target.b_instr.push(i.copy());
}

/** CPython 3.12: Python/flowgraph.c (_PyBasicblock_InsertInstruction) */
export function _PyBasicblock_InsertInstruction(block: basicblock, pos: number, instr: cfg_instr): void {
  block.b_instr.splice(pos, 0, instr);
}

function instr_size(i: cfg_instr): number {
  return _PyCompile_InstrSize(i.i_opcode, i.i_oparg);
}
function blocksize(b: basicblock): number {
  let size = 0;
  for (const i of b.b_instr) size += instr_size(i);
  return size;
}

/** CPython 3.12: _PyCfgBuilder */
export class cfg_builder {
  /* The entryblock, at which control flow begins. All blocks of the CFG are reachable through the b_next links */
  g_entryblock: basicblock;
  /* Pointer to the most recently allocated block. By following b_list links, you can reach all allocated
   * blocks. */
  g_block_list: basicblock | null = null;
  /* pointer to the block currently being constructed */
  g_curblock: basicblock;
  /* label for the next instruction to be placed */
  g_current_label = NO_LABEL;
  constructor() {
    const block = this.new_block();
    this.g_curblock = this.g_entryblock = block;
  }
  /** cfg_builder_new_block */
  new_block(): basicblock {
    const b = new basicblock();
    /* Extend the singly linked list of blocks with new block. */
    b.b_list = this.g_block_list;
    this.g_block_list = b;
    return b;
  }
  private current_block_is_terminated(): boolean {
    const last = _PyCfg_BasicblockLastInstr(this.g_curblock);
    if (last !== null && IS_TERMINATOR_OPCODE(last.i_opcode)) return true;
    if (this.g_current_label !== NO_LABEL) {
      if (last !== null || this.g_curblock.b_label !== NO_LABEL) return true;
      /* current block is empty, label it */
      this.g_curblock.b_label = this.g_current_label;
      this.g_current_label = NO_LABEL;
    }
    return false;
  }
  private maybe_start_new_block(): void {
    if (this.current_block_is_terminated()) {
      const b = this.new_block();
      b.b_label = this.g_current_label;
      this.g_current_label = NO_LABEL;
      this.g_curblock.b_next = b;
      this.g_curblock = b;
    }
  }
  /** _PyCfgBuilder_UseLabel */
  useLabel(lbl: number): void {
    this.g_current_label = lbl;
    this.maybe_start_new_block();
  }
  /** _PyCfgBuilder_Addop */
  addop(opcode: number, oparg: number, loc: Location): void {
    this.maybe_start_new_block();
    basicblock_addop(this.g_curblock, opcode, oparg, loc);
  }
}

function copy_basicblock(g: cfg_builder, block: basicblock): basicblock {
  /* Cannot copy a block if it has a fallthrough, since a block can only have one fallthrough predecessor. */
  const result = g.new_block();
  basicblock_append_instructions(result, block);
  return result;
}

/***** CFG preprocessing (jump targets and exceptions) *****/

function normalize_jumps_in_block(g: cfg_builder, b: basicblock): void {
  const last = _PyCfg_BasicblockLastInstr(b);
  if (last === null || !is_jump(last)) return;
  const is_forward = last.i_target!.b_visited === 0;
  switch (last.i_opcode) {
    case JUMP:
      last.i_opcode = is_forward ? JUMP_FORWARD : JUMP_BACKWARD;
      return;
    case JUMP_NO_INTERRUPT:
      last.i_opcode = is_forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
      return;
  }
  let reversed_opcode = 0;
  switch (last.i_opcode) {
    case POP_JUMP_IF_NOT_NONE:
      reversed_opcode = POP_JUMP_IF_NONE;
      break;
    case POP_JUMP_IF_NONE:
      reversed_opcode = POP_JUMP_IF_NOT_NONE;
      break;
    case POP_JUMP_IF_FALSE:
      reversed_opcode = POP_JUMP_IF_TRUE;
      break;
    case POP_JUMP_IF_TRUE:
      reversed_opcode = POP_JUMP_IF_FALSE;
      break;
  }
  if (is_forward) return;
  /* transform 'conditional jump T' to 'reversed_jump b_next' followed by 'jump_backwards T' */
  const target = last.i_target!;
  const backwards_jump = g.new_block();
  basicblock_addop(backwards_jump, JUMP, target.b_label, last.i_loc);
  backwards_jump.b_instr[0].i_target = target;
  last.i_opcode = reversed_opcode;
  last.i_target = b.b_next;
  backwards_jump.b_cold = b.b_cold;
  backwards_jump.b_next = b.b_next;
  b.b_next = backwards_jump;
}

function normalize_jumps(g: cfg_builder): void {
  const entryblock = g.g_entryblock;
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) b.b_visited = 0;
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    b.b_visited = 1;
    normalize_jumps_in_block(g, b);
  }
}

function resolve_jump_offsets(entryblock: basicblock): void {
  let extended_arg_recompile: boolean;
  /* Compute the size of each block and fixup jump args. Replace block pointer with position in bytecode. */
  do {
    let totsize = 0;
    for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
      const bsize = blocksize(b);
      b.b_offset = totsize;
      totsize += bsize;
    }
    extended_arg_recompile = false;
    for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
      let bsize = b.b_offset;
      for (const instr of b.b_instr) {
        const isize = instr_size(instr);
        /* jump offsets are computed relative to the instruction pointer after fetching the jump instruction. */
        bsize += isize;
        if (is_jump(instr)) {
          instr.i_oparg = instr.i_target!.b_offset;
          if (instr.i_oparg < bsize) instr.i_oparg = bsize - instr.i_oparg;
          else instr.i_oparg -= bsize;
          if (instr_size(instr) !== isize) extended_arg_recompile = true;
        }
      }
    }
    /* The only EXTENDED_ARGs that could be popping up are ones in jump instructions. So this should converge
       fairly quickly. */
  } while (extended_arg_recompile);
}

/** CPython 3.12: Python/flowgraph.c (_PyCfg_ResolveJumps) */
export function _PyCfg_ResolveJumps(g: cfg_builder): void {
  normalize_jumps(g);
  resolve_jump_offsets(g.g_entryblock);
}

function check_cfg(g: cfg_builder): void {
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) {
    /* Raise SystemError if jump or exit is not last instruction in the block. */
    const n = b.b_instr.length;
    for (let i = 0; i < n; i++) {
      if (IS_TERMINATOR_OPCODE(b.b_instr[i].i_opcode) && i !== n - 1) throw new Error("SystemError: malformed control flow graph.");
    }
  }
}

function get_max_label(entryblock: basicblock | null): number {
  let lbl = -1;
  for (let b = entryblock; b !== null; b = b.b_next) if (b.b_label > lbl) lbl = b.b_label;
  return lbl;
}

/* Calculate the actual jump target from the target_label */
function translate_jump_labels_to_targets(entryblock: basicblock): void {
  const label2block = new Map<number, basicblock>();
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) if (b.b_label >= 0) label2block.set(b.b_label, b);
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    for (const instr of b.b_instr) {
      if (HAS_TARGET(instr.i_opcode)) {
        const t = label2block.get(instr.i_oparg);
        if (t === undefined) throw new Error("SystemError: jump to an unknown label");
        instr.i_target = t;
      }
    }
  }
}

function mark_except_handlers(entryblock: basicblock): void {
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    for (const instr of b.b_instr) if (is_block_push(instr)) instr.i_target!.b_except_handler = 1;
  }
}

function push_except_block(stack: ExceptStack, setup: cfg_instr): basicblock {
  const opcode = setup.i_opcode;
  const target = setup.i_target!;
  if (opcode === SETUP_WITH || opcode === SETUP_CLEANUP) target.b_preserve_lasti = 1;
  stack.handlers[++stack.depth] = target;
  return target;
}
function pop_except_block(stack: ExceptStack): basicblock | null {
  return stack.handlers[--stack.depth];
}
function except_stack_top(stack: ExceptStack): basicblock | null {
  return stack.handlers[stack.depth];
}
function make_except_stack(): ExceptStack {
  return { handlers: [null], depth: 0 };
}
function copy_except_stack(stack: ExceptStack): ExceptStack {
  return { handlers: stack.handlers.slice(0, stack.depth + 1), depth: stack.depth };
}

/** CPython 3.12: Python/flowgraph.c (_PyCfg_Stackdepth). Find the flow path that needs the largest stack. */
export function _PyCfg_Stackdepth(entryblock: basicblock, code_flags: number): number {
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) b.b_startdepth = -0x80000000;
  const stack: basicblock[] = [];
  const stackdepth_push = (b: basicblock, depth: number): void => {
    if (b.b_startdepth < depth && b.b_startdepth < 100) {
      b.b_startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  stackdepth_push(entryblock, code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.b_startdepth;
    let next = b.b_next;
    for (const instr of b.b_instr) {
      const effect = PyCompile_OpcodeStackEffectWithJump(instr.i_opcode, instr.i_oparg, 0);
      if (effect === PY_INVALID_STACK_EFFECT) {
        throw new Error(`SystemError: compiler PyCompile_OpcodeStackEffectWithJump(opcode=${instr.i_opcode}, arg=${instr.i_oparg}) failed`);
      }
      const new_depth = depth + effect;
      if (new_depth > maxdepth) maxdepth = new_depth;
      if (HAS_TARGET(instr.i_opcode)) {
        const teffect = PyCompile_OpcodeStackEffectWithJump(instr.i_opcode, instr.i_oparg, 1);
        const target_depth = depth + teffect;
        if (target_depth > maxdepth) maxdepth = target_depth;
        stackdepth_push(instr.i_target!, target_depth);
      }
      depth = new_depth;
      if (IS_UNCONDITIONAL_JUMP_OPCODE(instr.i_opcode) || IS_SCOPE_EXIT_OPCODE(instr.i_opcode)) {
        /* remaining code is dead */
        next = null;
        break;
      }
    }
    if (next !== null) stackdepth_push(next, depth);
  }
  return maxdepth;
}

function label_exception_targets(entryblock: basicblock): void {
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) b.b_visited = 0;
  const todo: basicblock[] = [entryblock];
  entryblock.b_visited = 1;
  entryblock.b_exceptstack = make_except_stack();
  while (todo.length) {
    const b = todo.pop()!;
    let except_stack: ExceptStack | null = b.b_exceptstack!;
    b.b_exceptstack = null;
    let handler = except_stack_top(except_stack);
    for (const instr of b.b_instr) {
      if (is_block_push(instr)) {
        if (!instr.i_target!.b_visited) {
          instr.i_target!.b_exceptstack = copy_except_stack(except_stack!);
          todo.push(instr.i_target!);
          instr.i_target!.b_visited = 1;
        }
        handler = push_except_block(except_stack!, instr);
      } else if (instr.i_opcode === POP_BLOCK) {
        handler = pop_except_block(except_stack!);
      } else if (is_jump(instr)) {
        instr.i_except = handler;
        if (!instr.i_target!.b_visited) {
          if (BB_HAS_FALLTHROUGH(b)) {
            instr.i_target!.b_exceptstack = copy_except_stack(except_stack!);
          } else {
            instr.i_target!.b_exceptstack = except_stack;
            except_stack = null;
          }
          todo.push(instr.i_target!);
          instr.i_target!.b_visited = 1;
        }
      } else {
        if (instr.i_opcode === YIELD_VALUE) instr.i_oparg = except_stack!.depth;
        instr.i_except = handler;
      }
    }
    if (BB_HAS_FALLTHROUGH(b) && !b.b_next!.b_visited) {
      b.b_next!.b_exceptstack = except_stack;
      todo.push(b.b_next!);
      b.b_next!.b_visited = 1;
    }
  }
}

/***** CFG optimizations *****/

function mark_reachable(entryblock: basicblock): void {
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) b.b_visited = 0;
  const stack: basicblock[] = [];
  entryblock.b_predecessors = 1;
  stack.push(entryblock);
  while (stack.length) {
    const b = stack.pop()!;
    b.b_visited = 1;
    if (b.b_next !== null && BB_HAS_FALLTHROUGH(b)) {
      if (!b.b_next.b_visited) stack.push(b.b_next);
      b.b_next.b_predecessors++;
    }
    for (const instr of b.b_instr) {
      if (is_jump(instr) || is_block_push(instr)) {
        const target = instr.i_target!;
        if (!target.b_visited) stack.push(target);
        target.b_predecessors++;
      }
    }
  }
}

function eliminate_empty_basic_blocks(g: cfg_builder): void {
  /* Eliminate empty blocks */
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) {
    let next: basicblock | null = b.b_next;
    while (next !== null && next.b_instr.length === 0) next = next.b_next;
    b.b_next = next;
  }
  while (g.g_entryblock !== null && g.g_entryblock.b_instr.length === 0) g.g_entryblock = g.g_entryblock.b_next!;
  let next_lbl = get_max_label(g.g_entryblock) + 1;
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) {
    for (const instr of b.b_instr) {
      if (HAS_TARGET(instr.i_opcode)) {
        let target = instr.i_target!;
        while (target.b_instr.length === 0) target = target.b_next!;
        if (instr.i_target !== target) {
          if (target.b_label === NO_LABEL) target.b_label = next_lbl++;
          instr.i_target = target;
          instr.i_oparg = target.b_label;
        }
      }
    }
  }
}

function remove_redundant_nops(bb: basicblock): number {
  /* Remove NOPs when legal to do so. */
  const instrs = bb.b_instr;
  const n = instrs.length;
  let dest = 0;
  let prev_lineno = -1;
  for (let src = 0; src < n; src++) {
    const lineno = instrs[src].i_loc.lineno;
    if (instrs[src].i_opcode === NOP) {
      /* Eliminate no-op if it doesn't have a line number */
      if (lineno < 0) continue;
      /* or, if the previous instruction had the same line number. */
      if (prev_lineno === lineno) continue;
      /* or, if the next instruction has same line number or no line number */
      if (src < n - 1) {
        const next_lineno = instrs[src + 1].i_loc.lineno;
        if (next_lineno === lineno) continue;
        if (next_lineno < 0) {
          instrs[src + 1].i_loc = instrs[src].i_loc;
          continue;
        }
      } else {
        let next = bb.b_next;
        while (next !== null && next.b_instr.length === 0) next = next.b_next;
        /* or if last instruction in BB and next BB has same line number */
        if (next !== null) {
          let next_loc = NO_LOCATION;
          for (const instr of next.b_instr) {
            if (instr.i_opcode === NOP && instr.i_loc.lineno === NO_LOCATION.lineno) {
              /* Skip over NOPs without location, they will be removed */
              continue;
            }
            next_loc = instr.i_loc;
            break;
          }
          if (lineno === next_loc.lineno) continue;
        }
      }
    }
    if (dest !== src) instrs[dest] = instrs[src];
    dest++;
    // CPython 3.12.7 keeps a NOP that directly follows the function's RESUME (observed: `def f(): pass` reports
    // the `pass` location for the return), as if RESUME ended its own block.
    if (instrs[dest - 1].i_opcode !== RESUME) prev_lineno = lineno;
  }
  const num_removed = n - dest;
  instrs.length = dest;
  return num_removed;
}

function remove_redundant_nops_and_pairs(entryblock: basicblock): void {
  let done = false;
  while (!done) {
    done = true;
    let prev_instr: cfg_instr | null = null;
    let instr: cfg_instr | null = null;
    for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
      remove_redundant_nops(b);
      if (b.b_label !== NO_LABEL) {
        /* this block is a jump target, forget instr */
        instr = null;
      }
      for (let i = 0; i < b.b_instr.length; i++) {
        prev_instr = instr;
        instr = b.b_instr[i];
        const prev_opcode = prev_instr !== null ? prev_instr.i_opcode : 0;
        const prev_oparg = prev_instr !== null ? prev_instr.i_oparg : 0;
        const opcode = instr.i_opcode;
        let is_redundant_pair = false;
        if (opcode === POP_TOP) {
          if (prev_opcode === LOAD_CONST) is_redundant_pair = true;
          else if (prev_opcode === COPY && prev_oparg === 1) is_redundant_pair = true;
        }
        if (is_redundant_pair) {
          INSTR_SET_OP0(prev_instr!, NOP);
          INSTR_SET_OP0(instr, NOP);
          done = false;
        }
      }
      if ((instr !== null && is_jump(instr)) || !BB_HAS_FALLTHROUGH(b)) instr = null;
    }
  }
}

function remove_redundant_jumps(g: cfg_builder): void {
  /* If a non-empty block ends with a jump instruction, check if the next non-empty block reached through normal
   * flow control is the target of that jump. If it is, then the jump instruction is redundant and can be
   * deleted. */
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) {
    const last: cfg_instr = _PyCfg_BasicblockLastInstr(b)!;
    if (IS_UNCONDITIONAL_JUMP_OPCODE(last.i_opcode)) {
      if (last.i_target === null) throw new Error("SystemError: jump with NULL target");
      if (last.i_target === b.b_next) INSTR_SET_OP0(last, NOP);
    }
  }
}

/* Maximum size of basic block that should be copied in optimizer */
const MAX_COPY_SIZE = 4;

/* If this block ends with an unconditional jump to a small exit block, then remove the jump and extend this
 * block with the target. */
function inline_small_exit_blocks(bb: basicblock): number {
  const last = _PyCfg_BasicblockLastInstr(bb);
  if (last === null) return 0;
  if (!IS_UNCONDITIONAL_JUMP_OPCODE(last.i_opcode)) return 0;
  const target = last.i_target!;
  if (basicblock_exits_scope(target) && target.b_instr.length <= MAX_COPY_SIZE) {
    INSTR_SET_OP0(last, NOP);
    basicblock_append_instructions(bb, target);
    return 1;
  }
  return 0;
}

// Attempt to eliminate jumps to jumps by updating inst to jump to target->i_target using the provided opcode.
// Return whether or not the optimization was successful.
function jump_thread(inst: cfg_instr, target: cfg_instr, opcode: number): boolean {
  // bpo-45773: If inst->i_target == target->i_target, then nothing actually changes (and we fall into an infinite
  // loop):
  if ((inst.i_loc.lineno === target.i_loc.lineno || target.i_loc.lineno === -1) && inst.i_target !== target.i_target) {
    inst.i_target = target.i_target;
    inst.i_opcode = opcode;
    return true;
  }
  return false;
}

/** The constants of a code unit while it is optimized (CPython keeps them in a list so folding can append). */
export type ConstList = PyObject[];

function get_const_value(opcode: number, oparg: number, co_consts: ConstList): PyObject {
  if (opcode === LOAD_CONST) {
    const c = co_consts[oparg];
    if (c !== undefined) return c;
  }
  throw new Error("SystemError: Internal error: failed to get value of a constant");
}

/* Replace LOAD_CONST c1, LOAD_CONST c2 ... LOAD_CONST cn, BUILD_TUPLE n with LOAD_CONST (c1, c2, ... cn).
   The consts table must still be in list form so that the new constant (c1, c2, ... cn) can be appended. */
function fold_tuple_on_constants(instrs: cfg_instr[], start: number, n: number, consts: ConstList): void {
  for (let i = 0; i < n; i++) if (!HAS_CONST(instrs[start + i].i_opcode)) return;
  /* Buildup new tuple of constants */
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(get_const_value(instrs[start + i].i_opcode, instrs[start + i].i_oparg, consts));
  const newconst = _PyTuple_FromArray(items);
  // After _PyCompile_ConstCacheMergeOne, CPython finds the tuple by identity; equal constants are identical after
  // merging, so searching by constant key finds the same index.
  const key = _PyCode_ConstantKey(newconst);
  let index: number;
  for (index = 0; index < consts.length; index++) {
    const c = consts[index];
    if (c instanceof PyTupleObject && _PyCode_ConstantKey(c) === key) break;
  }
  if (index === consts.length) consts.push(newconst);
  for (let i = 0; i < n; i++) INSTR_SET_OP0(instrs[start + i], NOP);
  INSTR_SET_OP1(instrs[start + n], LOAD_CONST, index);
}

const VISITED = -1;

// Replace an arbitrary run of SWAPs and NOPs with an optimal one that has the same effect.
function swaptimize(block: basicblock, ix: number): number {
  const instructions = block.b_instr;
  const base = ix;
  // Find the length of the current sequence of SWAPs and NOPs, and record the maximum depth of the stack
  // manipulations:
  let depth = instructions[base].i_oparg;
  let len = 0;
  let more = false;
  const limit = instructions.length - base;
  while (++len < limit) {
    const opcode = instructions[base + len].i_opcode;
    if (opcode === SWAP) {
      depth = Math.max(depth, instructions[base + len].i_oparg);
      more = true;
    } else if (opcode !== NOP) {
      break;
    }
  }
  // It's already optimal if there's only one SWAP:
  if (!more) return ix;
  // Create an array with elements {0, 1, 2, ..., depth - 1}:
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  // Simulate the combined effect of these instructions by "running" them on our "stack":
  for (let i = 0; i < len; i++) {
    if (instructions[base + i].i_opcode === SWAP) {
      const oparg = instructions[base + i].i_oparg;
      const top = stack[0];
      // SWAPs are 1-indexed:
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  // Now we can begin! ... By performing the moves in *reverse* order, though, we can efficiently *shuffle* it!
  // For this reason, we will be replacing instructions starting from the *end* of the run.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    // Skip items that have already been visited, or just happen to be in the correct location:
    if (stack[i] === VISITED || stack[i] === i) continue;
    // Okay, we've found an item that hasn't been visited. It forms a cycle with other items; traversing the cycle
    // and swapping each item with the next will put them all in the correct place. The weird loop-and-a-half is
    // necessary to insert 0 into every cycle, since we can only swap from that position:
    let j = i;
    for (;;) {
      // Skip the actual swap if our item is zero, since swapping the top item with itself is pointless:
      if (j) {
        // SWAPs are 1-indexed:
        instructions[base + current].i_opcode = SWAP;
        instructions[base + current--].i_oparg = j + 1;
      }
      if (stack[j] === VISITED) {
        // Completed the cycle:
        break;
      }
      const next_j = stack[j];
      stack[j] = VISITED;
      j = next_j;
    }
  }
  // NOP out any unused instructions:
  while (0 <= current) INSTR_SET_OP0(instructions[base + current--], NOP);
  return ix + len - 1;
}

// This list is pretty small, since it's only okay to reorder opcodes that:
// - can't affect control flow (like jumping or raising exceptions)
// - can't invoke arbitrary code (besides finalizers)
// - only touch the TOS (and pop it when finished)
function SWAPPABLE(opcode: number): boolean {
  return opcode === STORE_FAST || opcode === STORE_FAST_MAYBE_NULL || opcode === POP_TOP;
}
function STORES_TO(instr: cfg_instr): number {
  return instr.i_opcode === STORE_FAST || instr.i_opcode === STORE_FAST_MAYBE_NULL ? instr.i_oparg : -1;
}

function next_swappable_instruction(block: basicblock, i: number, lineno: number): number {
  const instrs = block.b_instr;
  while (++i < instrs.length) {
    const instruction = instrs[i];
    if (0 <= lineno && instruction.i_loc.lineno !== lineno) {
      // Optimizing across this instruction could cause user-visible changes in the names bound between line
      // tracing events!
      return -1;
    }
    if (instruction.i_opcode === NOP) continue;
    if (SWAPPABLE(instruction.i_opcode)) return i;
    return -1;
  }
  return -1;
}

// Attempt to apply SWAPs statically by swapping *instructions* rather than stack items. For example, we can
// replace SWAP(2), POP_TOP, STORE_FAST(42) with the more efficient NOP, STORE_FAST(42), POP_TOP.
function apply_static_swaps(block: basicblock, i: number): void {
  const instrs = block.b_instr;
  // SWAPs are to our left, and potential swaperands are to our right:
  for (; 0 <= i; i--) {
    const swap = instrs[i];
    if (swap.i_opcode !== SWAP) {
      if (swap.i_opcode === NOP || SWAPPABLE(swap.i_opcode)) {
        // Nope, but we know how to handle these. Keep looking:
        continue;
      }
      // We can't reason about what this instruction does. Bail:
      return;
    }
    const j = next_swappable_instruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j].i_loc.lineno;
    for (let count = swap.i_oparg - 1; 0 < count; count--) {
      k = next_swappable_instruction(block, k, lineno);
      if (k < 0) return;
    }
    // The reordering is not safe if the two instructions to be swapped store to the same location, or if any
    // intervening instruction stores to the same location as either of them.
    const store_j = STORES_TO(instrs[j]);
    const store_k = STORES_TO(instrs[k]);
    if (store_j >= 0 || store_k >= 0) {
      if (store_j === store_k) return;
      for (let idx = j + 1; idx < k; idx++) {
        const store_idx = STORES_TO(instrs[idx]);
        if (store_idx >= 0 && (store_idx === store_j || store_idx === store_k)) return;
      }
    }
    // Success!
    INSTR_SET_OP0(swap, NOP);
    const temp = instrs[j];
    instrs[j] = instrs[k];
    instrs[k] = temp;
  }
}

const NOP_INSTR = new cfg_instr(NOP, 0, NO_LOCATION);

function optimize_basic_block(bb: basicblock, consts: ConstList): void {
  let target: cfg_instr = NOP_INSTR;
  let opcode = 0;
  let oparg = 0;
  let nextop = 0;
  const instrs = bb.b_instr;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    const is_copy_of_load_const = opcode === LOAD_CONST && inst.i_opcode === COPY && inst.i_oparg === 1;
    if (!is_copy_of_load_const) {
      opcode = inst.i_opcode;
      oparg = inst.i_oparg;
      if (HAS_TARGET(opcode)) target = inst.i_target!.b_instr[0];
      else target = NOP_INSTR;
    }
    nextop = i + 1 < instrs.length ? instrs[i + 1].i_opcode : 0;
    switch (opcode) {
      /* Remove LOAD_CONST const; conditional jump */
      case LOAD_CONST: {
        switch (nextop) {
          case POP_JUMP_IF_FALSE:
          case POP_JUMP_IF_TRUE: {
            const cnt = get_const_value(opcode, oparg, consts);
            const is_true = constIsTrue(cnt);
            INSTR_SET_OP0(inst, NOP);
            const jump_if_true = nextop === POP_JUMP_IF_TRUE;
            if (is_true === jump_if_true) instrs[i + 1].i_opcode = JUMP;
            else INSTR_SET_OP0(instrs[i + 1], NOP);
            break;
          }
          case IS_OP: {
            const cnt = get_const_value(opcode, oparg, consts);
            const jump_op = i + 2 < instrs.length ? instrs[i + 2].i_opcode : 0;
            if (cnt === Py_None && (jump_op === POP_JUMP_IF_FALSE || jump_op === POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1].i_oparg & 0xff;
              INSTR_SET_OP0(inst, NOP);
              INSTR_SET_OP0(instrs[i + 1], NOP);
              instrs[i + 2].i_opcode = nextarg ^ (jump_op === POP_JUMP_IF_FALSE ? 1 : 0) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
            }
            break;
          }
          case RETURN_VALUE:
            INSTR_SET_OP0(inst, NOP);
            INSTR_SET_OP1(instrs[++i], RETURN_CONST, oparg);
            break;
        }
        break;
      }
      /* Try to fold tuples of constants. Skip over BUILD_TUPLE(1) UNPACK_SEQUENCE(1). Replace BUILD_TUPLE(2)
         UNPACK_SEQUENCE(2) with SWAP(2). Replace BUILD_TUPLE(3) UNPACK_SEQUENCE(3) with SWAP(3). */
      case BUILD_TUPLE:
        if (nextop === UNPACK_SEQUENCE && oparg === instrs[i + 1].i_oparg) {
          switch (oparg) {
            case 1:
              INSTR_SET_OP0(inst, NOP);
              INSTR_SET_OP0(instrs[i + 1], NOP);
              continue;
            case 2:
            case 3:
              INSTR_SET_OP0(inst, NOP);
              instrs[i + 1].i_opcode = SWAP;
              continue;
          }
        }
        if (i >= oparg) fold_tuple_on_constants(instrs, i - oparg, oparg, consts);
        break;
      case POP_JUMP_IF_NOT_NONE:
      case POP_JUMP_IF_NONE:
        if (target.i_opcode === JUMP) i -= jump_thread(inst, target, inst.i_opcode) ? 1 : 0;
        break;
      case POP_JUMP_IF_FALSE:
        if (target.i_opcode === JUMP) i -= jump_thread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
        break;
      case POP_JUMP_IF_TRUE:
        if (target.i_opcode === JUMP) i -= jump_thread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
        break;
      case JUMP:
        if (target.i_opcode === JUMP) i -= jump_thread(inst, target, JUMP) ? 1 : 0;
        break;
      case FOR_ITER:
        /* jump threading FOR_ITER is disabled in CPython 3.12 (FOR_ITER only jumps forward) */
        break;
      case SWAP:
        if (oparg === 1) {
          INSTR_SET_OP0(inst, NOP);
          break;
        }
        i = swaptimize(bb, i);
        apply_static_swaps(bb, i);
        break;
      case KW_NAMES:
        break;
      case PUSH_NULL:
        if (nextop === LOAD_GLOBAL && (instrs[i + 1].i_oparg & 1) === 0) {
          INSTR_SET_OP0(inst, NOP);
          instrs[i + 1].i_oparg |= 1;
        }
        break;
    }
  }
}

/* Perform optimizations on a control flow graph. The consts object should still be in list form to allow new
   constants to be appended. Code transformations that reduce code size initially fill the gaps with NOPs. Later
   those NOPs are removed. */
function optimize_cfg(g: cfg_builder, consts: ConstList): void {
  check_cfg(g);
  eliminate_empty_basic_blocks(g);
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) inline_small_exit_blocks(b);
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) optimize_basic_block(b, consts);
  remove_redundant_nops_and_pairs(g.g_entryblock);
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) inline_small_exit_blocks(b);
  mark_reachable(g.g_entryblock);
  /* Delete unreachable instructions */
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) if (b.b_predecessors === 0) b.b_instr.length = 0;
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) remove_redundant_nops(b);
  eliminate_empty_basic_blocks(g);
  remove_redundant_jumps(g);
}

/* ---- add_checks_for_loads_of_uninitialized_variables (a 64-bit mask as two 32-bit halves) */

function maybe_push(b: basicblock, lo: number, hi: number, stack: basicblock[]): void {
  // Push b if the unsafe mask is giving us any new information. To avoid overflowing the stack, only allow each
  // block once. Use b->b_visited=1 to mean that b is currently on the stack.
  const blo = (b.b_unsafe_lo | lo) >>> 0;
  const bhi = (b.b_unsafe_hi | hi) >>> 0;
  if (b.b_unsafe_lo !== blo || b.b_unsafe_hi !== bhi) {
    b.b_unsafe_lo = blo;
    b.b_unsafe_hi = bhi;
    // More work left to do.
    if (!b.b_visited) {
      // not on the stack, so push it.
      stack.push(b);
      b.b_visited = 1;
    }
  }
}

function scan_block_for_locals(b: basicblock, stack: basicblock[]): void {
  // bit i is set if local i is potentially uninitialized
  let lo = b.b_unsafe_lo;
  let hi = b.b_unsafe_hi;
  for (const instr of b.b_instr) {
    if (instr.i_except !== null) maybe_push(instr.i_except, lo, hi, stack);
    const arg = instr.i_oparg;
    if (arg >= 64) continue;
    const blo = arg < 32 ? (1 << arg) >>> 0 : 0;
    const bhi = arg >= 32 ? (1 << (arg - 32)) >>> 0 : 0;
    switch (instr.i_opcode) {
      case DELETE_FAST:
      case LOAD_FAST_AND_CLEAR:
      case STORE_FAST_MAYBE_NULL:
        lo = (lo | blo) >>> 0;
        hi = (hi | bhi) >>> 0;
        break;
      case STORE_FAST:
        lo = (lo & ~blo) >>> 0;
        hi = (hi & ~bhi) >>> 0;
        break;
      case LOAD_FAST_CHECK:
        // If this doesn't raise, then the local is defined.
        lo = (lo & ~blo) >>> 0;
        hi = (hi & ~bhi) >>> 0;
        break;
      case LOAD_FAST:
        if (lo & blo || hi & bhi) instr.i_opcode = LOAD_FAST_CHECK;
        lo = (lo & ~blo) >>> 0;
        hi = (hi & ~bhi) >>> 0;
        break;
    }
  }
  if (b.b_next !== null && BB_HAS_FALLTHROUGH(b)) maybe_push(b.b_next, lo, hi, stack);
  const last = _PyCfg_BasicblockLastInstr(b);
  if (last !== null && is_jump(last)) maybe_push(last.i_target!, lo, hi, stack);
}

function fast_scan_many_locals(entryblock: basicblock, nlocals: number): void {
  const states = new Array<number>(nlocals - 64).fill(0);
  let blocknum = 0;
  // state[i - 64] == blocknum if local i is guaranteed to be initialized, i.e., if it has had a previous
  // LOAD_FAST or STORE_FAST within that basicblock (not followed by DELETE_FAST/LOAD_FAST_AND_CLEAR/
  // STORE_FAST_MAYBE_NULL).
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    blocknum++;
    for (const instr of b.b_instr) {
      const arg = instr.i_oparg;
      if (arg < 64) continue;
      switch (instr.i_opcode) {
        case DELETE_FAST:
        case LOAD_FAST_AND_CLEAR:
        case STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case LOAD_FAST:
          if (states[arg - 64] !== blocknum) instr.i_opcode = LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

function remove_unused_consts(entryblock: basicblock, consts: ConstList): void {
  const nconsts = consts.length;
  if (nconsts === 0) return; /* nothing to do */
  const index_map = new Int32Array(nconsts).fill(-1);
  // The first constant may be docstring; keep it always.
  index_map[0] = 0;
  /* mark used consts */
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    for (const instr of b.b_instr) if (HAS_CONST(instr.i_opcode)) index_map[instr.i_oparg] = instr.i_oparg;
  }
  /* now index_map[i] == i if consts[i] is used, -1 otherwise */
  /* condense consts */
  let n_used_consts = 0;
  for (let i = 0; i < nconsts; i++) if (index_map[i] !== -1) index_map[n_used_consts++] = index_map[i];
  if (n_used_consts === nconsts) return; /* nothing to do */
  /* move all used consts to the beginning of the consts list */
  for (let i = 0; i < n_used_consts; i++) {
    const old_index = index_map[i];
    if (i !== old_index) consts[i] = consts[old_index];
  }
  /* truncate the consts list at its new size */
  consts.length = n_used_consts;
  /* adjust const indices in the bytecode */
  const reverse_index_map = new Int32Array(nconsts).fill(-1);
  for (let i = 0; i < n_used_consts; i++) reverse_index_map[index_map[i]] = i;
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    for (const instr of b.b_instr) if (HAS_CONST(instr.i_opcode)) instr.i_oparg = reverse_index_map[instr.i_oparg];
  }
}

function add_checks_for_loads_of_uninitialized_variables(entryblock: basicblock, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    // To avoid O(nlocals**2) compilation, locals beyond the first 64 are only analyzed one basicblock at a time:
    // initialization info is not passed between basicblocks.
    fast_scan_many_locals(entryblock, nlocals);
    nlocals = 64;
  }
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) b.b_visited = 0;
  const stack: basicblock[] = [];
  // First origin of being uninitialized: The non-parameter locals in the entry block.
  let lo = 0;
  let hi = 0;
  for (let i = nparams; i < nlocals; i++) {
    if (i < 32) lo = (lo | (1 << i)) >>> 0;
    else hi = (hi | (1 << (i - 32))) >>> 0;
  }
  maybe_push(entryblock, lo, hi, stack);
  // Second origin of being uninitialized: There could be DELETE_FAST somewhere, so be sure to scan each
  // basicblock at least once.
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) scan_block_for_locals(b, stack);
  // Now propagate the uncertainty from the origins we found: Use LOAD_FAST_CHECK for any LOAD_FAST where the
  // local could be undefined.
  while (stack.length) {
    const b = stack.pop()!;
    // mark as no longer on stack
    b.b_visited = 0;
    scan_block_for_locals(b, stack);
  }
}

function mark_warm(entryblock: basicblock): void {
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) b.b_visited = 0;
  const stack: basicblock[] = [entryblock];
  entryblock.b_visited = 1;
  while (stack.length) {
    const b = stack.pop()!;
    b.b_warm = 1;
    const next = b.b_next;
    if (next !== null && BB_HAS_FALLTHROUGH(b) && !next.b_visited) {
      stack.push(next);
      next.b_visited = 1;
    }
    for (const instr of b.b_instr) {
      if (is_jump(instr) && !instr.i_target!.b_visited) {
        stack.push(instr.i_target!);
        instr.i_target!.b_visited = 1;
      }
    }
  }
}

function mark_cold(entryblock: basicblock): void {
  mark_warm(entryblock);
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) b.b_visited = 0;
  const stack: basicblock[] = [];
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    if (b.b_except_handler) {
      stack.push(b);
      b.b_visited = 1;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.b_cold = 1;
    const next = b.b_next;
    if (next !== null && BB_HAS_FALLTHROUGH(b)) {
      if (!next.b_warm && !next.b_visited) {
        stack.push(next);
        next.b_visited = 1;
      }
    }
    for (const instr of b.b_instr) {
      if (is_jump(instr)) {
        const target = instr.i_target!;
        if (!target.b_warm && !target.b_visited) {
          stack.push(target);
          target.b_visited = 1;
        }
      }
    }
  }
}

function push_cold_blocks_to_end(g: cfg_builder): void {
  const entryblock = g.g_entryblock;
  if (entryblock.b_next === null) {
    /* single basicblock, no need to reorder */
    return;
  }
  mark_cold(entryblock);
  let next_lbl = get_max_label(g.g_entryblock) + 1;
  /* If we have a cold block with fallthrough to a warm block, add an explicit jump instead of fallthrough */
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    if (b.b_cold && BB_HAS_FALLTHROUGH(b) && b.b_next !== null && b.b_next.b_warm) {
      const explicit_jump = g.new_block();
      if (b.b_next.b_label === NO_LABEL) b.b_next.b_label = next_lbl++;
      basicblock_addop(explicit_jump, JUMP, b.b_next.b_label, NO_LOCATION);
      explicit_jump.b_cold = 1;
      explicit_jump.b_next = b.b_next;
      b.b_next = explicit_jump;
      /* set target */
      const last = _PyCfg_BasicblockLastInstr(explicit_jump)!;
      last.i_target = explicit_jump.b_next;
    }
  }
  let cold_blocks: basicblock | null = null;
  let cold_blocks_tail: basicblock | null = null;
  let b = entryblock;
  while (b.b_next !== null) {
    while (b.b_next !== null && !b.b_next.b_cold) b = b.b_next;
    if (b.b_next === null) {
      /* no more cold blocks */
      break;
    }
    /* b->b_next is the beginning of a cold streak */
    let b_end: basicblock = b.b_next;
    while (b_end.b_next !== null && b_end.b_next.b_cold) b_end = b_end.b_next;
    /* b_end is the end of the cold streak */
    if (cold_blocks === null) cold_blocks = b.b_next;
    else cold_blocks_tail!.b_next = b.b_next;
    cold_blocks_tail = b_end;
    b.b_next = b_end.b_next;
    b_end.b_next = null;
  }
  b.b_next = cold_blocks;
  if (cold_blocks !== null) remove_redundant_jumps(g);
}

/** CPython 3.12: Python/flowgraph.c (_PyCfg_ConvertPseudoOps) */
export function _PyCfg_ConvertPseudoOps(entryblock: basicblock): void {
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    for (const instr of b.b_instr) {
      if (is_block_push(instr) || instr.i_opcode === POP_BLOCK) INSTR_SET_OP0(instr, NOP);
      else if (instr.i_opcode === STORE_FAST_MAYBE_NULL) instr.i_opcode = STORE_FAST;
    }
  }
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) remove_redundant_nops(b);
}

function is_exit_without_lineno(b: basicblock): boolean {
  if (!basicblock_exits_scope(b)) return false;
  for (const i of b.b_instr) if (i.i_loc.lineno >= 0) return false;
  return true;
}

/* PEP 626 mandates that the f_lineno of a frame is correct after a frame terminates. ... we make sure that all
 * exiting instruction (raises and returns) have a valid line number, allowing us to compute f_lineno lazily. We
 * can do this by duplicating the exit blocks without line number so that none have more than one predecessor. We
 * can then safely copy the line number from the sole predecessor block. */
function duplicate_exits_without_lineno(g: cfg_builder): void {
  let next_lbl = get_max_label(g.g_entryblock) + 1;
  /* Copy all exit blocks without line number that are targets of a jump. */
  const entryblock = g.g_entryblock;
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    const last = _PyCfg_BasicblockLastInstr(b)!;
    if (is_jump(last)) {
      const target = last.i_target!;
      if (is_exit_without_lineno(target) && target.b_predecessors > 1) {
        const new_target = copy_basicblock(g, target);
        new_target.b_instr[0].i_loc = last.i_loc;
        last.i_target = new_target;
        target.b_predecessors--;
        new_target.b_predecessors = 1;
        new_target.b_next = target.b_next;
        new_target.b_label = next_lbl++;
        target.b_next = new_target;
      }
    }
  }
  /* Any remaining reachable exit blocks without line number can only be reached by fall through, and thus can
   * only have a single predecessor */
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    if (BB_HAS_FALLTHROUGH(b) && b.b_next !== null && b.b_instr.length > 0) {
      if (is_exit_without_lineno(b.b_next)) {
        const last = _PyCfg_BasicblockLastInstr(b)!;
        b.b_next.b_instr[0].i_loc = last.i_loc;
      }
    }
  }
}

/* If an instruction has no line number, but it's predecessor in the BB does, then copy the line number. If a
 * successor block has no line number, and only one predecessor, then inherit the line number. */
function propagate_line_numbers(entryblock: basicblock): void {
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    const last = _PyCfg_BasicblockLastInstr(b);
    if (last === null) continue;
    let prev_location = NO_LOCATION;
    for (const instr of b.b_instr) {
      if (instr.i_loc.lineno < 0) instr.i_loc = prev_location;
      else prev_location = instr.i_loc;
    }
    if (BB_HAS_FALLTHROUGH(b) && b.b_next!.b_predecessors === 1) {
      if (b.b_next!.b_instr[0].i_loc.lineno < 0) b.b_next!.b_instr[0].i_loc = prev_location;
    }
    if (is_jump(last)) {
      const target = last.i_target!;
      if (target.b_predecessors === 1) {
        if (target.b_instr[0].i_loc.lineno < 0) target.b_instr[0].i_loc = prev_location;
      }
    }
  }
}

/* Make sure that all returns have a line number, even if early passes have failed to propagate a correct line
 * number. */
function guarantee_lineno_for_exits(entryblock: basicblock, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    const last = _PyCfg_BasicblockLastInstr(b);
    if (last === null) continue;
    if (last.i_loc.lineno < 0) {
      if (last.i_opcode === RETURN_VALUE) {
        for (const instr of b.b_instr) instr.i_loc = { ...instr.i_loc, lineno };
      }
    } else {
      lineno = last.i_loc.lineno;
    }
  }
}

function resolve_line_numbers(g: cfg_builder, firstlineno: number): void {
  duplicate_exits_without_lineno(g);
  propagate_line_numbers(g.g_entryblock);
  guarantee_lineno_for_exits(g.g_entryblock, firstlineno);
}

/** CPython 3.12: Python/flowgraph.c (_PyCfg_OptimizeCodeUnit) */
export function _PyCfg_OptimizeCodeUnit(g: cfg_builder, consts: ConstList, code_flags: number, nlocals: number, nparams: number, firstlineno: number): void {
  /** Preprocessing **/
  /* Map labels to targets and mark exception handlers */
  translate_jump_labels_to_targets(g.g_entryblock);
  mark_except_handlers(g.g_entryblock);
  label_exception_targets(g.g_entryblock);
  /** Optimization **/
  optimize_cfg(g, consts);
  remove_unused_consts(g.g_entryblock, consts);
  add_checks_for_loads_of_uninitialized_variables(g.g_entryblock, nlocals, nparams);
  push_cold_blocks_to_end(g);
  resolve_line_numbers(g, firstlineno);
  void code_flags;
}
