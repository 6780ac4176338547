// Renderer: React access to the window's command registry: `useCommand` registers a
// handler for as long as the calling component is mounted; `useExecuteCommand` runs one.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MenuCommand } from '@core/commands';
import { CommandRegistry, type CommandHandler, type CommandPriority } from './registry';

const CommandsContext = createContext<CommandRegistry | null>(null);

export function CommandsProvider({ registry, children }: { registry?: CommandRegistry; children: ReactNode }) {
  const [own] = useState(() => new CommandRegistry());
  return <CommandsContext.Provider value={registry ?? own}>{children}</CommandsContext.Provider>;
}

export function useCommandRegistry(): CommandRegistry {
  const registry = useContext(CommandsContext);
  if (!registry) throw new Error('useCommandRegistry must be used inside <CommandsProvider>');
  return registry;
}

interface UseCommandOptions {
  /** False: not handled now (the next handler, if any, runs instead). */
  enabled?: boolean;
  priority?: CommandPriority;
}

/**
 * Handles `id` while the component is mounted. The handler may change on every render: the
 * newest one runs, without registering again (so the owner keeps its place in the order).
 */
export function useCommand(id: MenuCommand, handler: CommandHandler, { enabled = true, priority = 'normal' }: UseCommandOptions = {}): void {
  const registry = useCommandRegistry();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => (enabled ? registry.register(id, () => latest.current(), priority) : undefined), [registry, id, enabled, priority]);
}

/** Runs a command as the menu would (for a button that does what a menu item does). */
export function useExecuteCommand(): (id: MenuCommand) => boolean {
  const registry = useCommandRegistry();
  return useCallback((id) => registry.execute(id), [registry]);
}
