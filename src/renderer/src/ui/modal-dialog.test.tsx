// @vitest-environment jsdom
import { StrictMode } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ModalDialog } from './modal-dialog';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods. As browsers do, close() fires 'close' a task later.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    setTimeout(() => this.dispatchEvent(new Event('close')), 0);
  };
});

afterEach(cleanup);

const tasks = () => act(() => new Promise((resolve) => setTimeout(resolve, 5)));

describe('useModalDialog', () => {
  it('stays open under StrictMode: the first mount’s cleanup does not close it through onClose', async () => {
    const onClose = vi.fn();
    render(
      <StrictMode>
        <ModalDialog title="Imported" onClose={onClose}>
          <p>39 added</p>
        </ModalDialog>
      </StrictMode>,
    );
    await tasks();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Imported' })).toHaveProperty('open', true);
  });

  it('calls onClose once when the reader closes it', async () => {
    const onClose = vi.fn();
    render(<ModalDialog title="Imported" onClose={onClose}>x</ModalDialog>);
    const dialog = screen.getByRole('dialog', { name: 'Imported' }) as HTMLDialogElement;
    act(() => dialog.close());
    await tasks();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('does not call onClose when it is unmounted by its owner', async () => {
    const onClose = vi.fn();
    const { unmount } = render(<ModalDialog title="Imported" onClose={onClose}>x</ModalDialog>);
    unmount();
    await tasks();
    expect(onClose).not.toHaveBeenCalled();
  });
});
