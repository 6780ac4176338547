// Renderer: where app commands find their handlers. A command is declared once, in the
// table of core/commands.ts; the code that owns its behaviour registers a handler here
// while it is mounted (VS Code's CommandsRegistry, one per window). The native menu, the
// web shell's keys and buttons all run a command the same way: `execute(id)`.
//
// Several owners may handle one id (the shape of Lexical's command listeners):
// - 'normal' handlers run before 'fallback' ones; within a priority the newest runs first.
//   The shell's fallback for Undo is the browser's own; the article's editor takes it over
//   while it is open. The article's fallback for F8 opens the review panel, whose own
//   handler then walks the queue.
// - A handler that returns false passes the command on to the next one.
// See docs/adr/0013-command-registry.md.
import type { MenuCommand } from '@core/commands';

/** Return false to pass the command on to the next handler. */
export type CommandHandler = () => void | boolean;
export type CommandPriority = 'normal' | 'fallback';

interface Registration {
  readonly run: CommandHandler;
  readonly priority: CommandPriority;
}

const RANK: Record<CommandPriority, number> = { fallback: 0, normal: 1 };

export class CommandRegistry {
  private readonly handlers = new Map<MenuCommand, Registration[]>();

  /** Registers a handler; the returned function unregisters exactly this registration. */
  register(id: MenuCommand, handler: CommandHandler, priority: CommandPriority = 'normal'): () => void {
    const entry: Registration = { run: handler, priority };
    const list = this.handlers.get(id) ?? [];
    list.push(entry);
    this.handlers.set(id, list);
    return () => {
      const current = this.handlers.get(id);
      const index = current?.indexOf(entry) ?? -1;
      if (!current || index < 0) return;
      current.splice(index, 1);
      if (current.length === 0) this.handlers.delete(id);
    };
  }

  /**
   * Runs the command: its handlers in turn (normal before fallback, newest first) until one
   * does not return false. `atLeast: 'normal'` skips the fallbacks. False when none took it.
   */
  execute(id: MenuCommand, atLeast: CommandPriority = 'fallback'): boolean {
    const list = this.handlers.get(id);
    if (!list) return false;
    const order = list
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => RANK[entry.priority] >= RANK[atLeast])
      .sort((a, b) => RANK[b.entry.priority] - RANK[a.entry.priority] || b.index - a.index);
    for (const { entry } of order) {
      if (entry.run() !== false) return true;
    }
    return false;
  }
}
