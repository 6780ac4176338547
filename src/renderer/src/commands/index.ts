// Renderer: app commands: the registry and its React hooks (docs/adr/0013-command-registry.md).
export { CommandRegistry, type CommandHandler, type CommandPriority } from './registry';
export { CommandsProvider, useCommand, useCommandRegistry, useExecuteCommand } from './context';
