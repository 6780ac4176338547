import { describe, expect, it, vi } from 'vitest';
import { CommandRegistry } from './registry';

describe('CommandRegistry', () => {
  it('runs the handler its owner registered, and reports commands nobody handles', () => {
    const registry = new CommandRegistry();
    const rename = vi.fn();
    registry.register('file.rename', rename);
    expect(registry.execute('file.rename')).toBe(true);
    expect(rename).toHaveBeenCalledTimes(1);
    expect(registry.execute('file.import')).toBe(false);
  });

  it('lets the newest owner take a command and gives it back when that owner goes', () => {
    const registry = new CommandRegistry();
    const older = vi.fn();
    const newer = vi.fn();
    registry.register('file.import', older);
    const disposeNewer = registry.register('file.import', newer);
    registry.execute('file.import');
    expect(newer).toHaveBeenCalledTimes(1);
    expect(older).not.toHaveBeenCalled();
    disposeNewer();
    registry.execute('file.import');
    expect(older).toHaveBeenCalledTimes(1);
  });

  it('runs a normal handler before a fallback, whichever was registered first', () => {
    const registry = new CommandRegistry();
    const panel = vi.fn();
    const openPanel = vi.fn();
    registry.register('review.next', panel);
    registry.register('review.next', openPanel, 'fallback');
    registry.execute('review.next');
    expect(panel).toHaveBeenCalledTimes(1);
    expect(openPanel).not.toHaveBeenCalled();
  });

  it('passes the command on when a handler returns false, and skips fallbacks when asked', () => {
    const registry = new CommandRegistry();
    const browserUndo = vi.fn();
    registry.register('edit.undo', browserUndo, 'fallback');
    registry.register('edit.undo', () => false);
    expect(registry.execute('edit.undo')).toBe(true);
    expect(browserUndo).toHaveBeenCalledTimes(1);
    expect(registry.execute('edit.undo', 'normal')).toBe(false);
    expect(browserUndo).toHaveBeenCalledTimes(1);
  });

  it('unregisters only its own registration, once, even when the same function is registered twice', () => {
    const registry = new CommandRegistry();
    const handler = vi.fn();
    const first = registry.register('help.about', handler);
    registry.register('help.about', handler);
    first();
    first();
    registry.execute('help.about');
    expect(handler).toHaveBeenCalledTimes(1);
    registry.execute('help.about');
    expect(handler).toHaveBeenCalledTimes(2);
  });
});
