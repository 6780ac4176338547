// Renderer: Help › About and Help › Keyboard Shortcuts.
import { useEffect, useState } from 'react';
import type { AppInfo } from '@core/host';
import { COMMANDS, formatAccelerator } from '@core/commands';
import { useCommand } from '../commands';
import { useHost } from '../host/context';
import { ModalDialog } from '../ui/modal-dialog';
import { keyPlatform } from '../ui/platform';

function AboutDialog({ onClose }: { onClose(): void }) {
  const host = useHost();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void host.getAppInfo().then(setInfo);
  }, [host]);
  return (
    <ModalDialog title="About Glossa" onClose={onClose}>
      <p>A workbench for translators who review machine translation.</p>
      {info ? (
        <dl>
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Running as</dt>
          <dd>{info.platform === 'electron' ? 'Desktop app' : 'Web app'}</dd>
          <dt>Your data</dt>
          <dd>{info.dataLocation}</dd>
          {info.runtime.map((part) => (
            <div key={part.name} className="about-runtime">
              <dt>{part.name}</dt>
              <dd>{part.version}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </ModalDialog>
  );
}

function ShortcutsDialog({ onClose, onAbout }: { onClose(): void; onAbout(): void }) {
  const platform = keyPlatform();
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcut-table">
        <tbody>
          {COMMANDS.filter((command) => command.accelerator).map((command) => (
            <tr key={command.id}>
              <td>
                {command.menu} › {command.label.replace('…', '')}
              </td>
              <td>
                <kbd>{formatAccelerator(command.accelerator ?? '', platform)}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>Close a dialog or cancel renaming</td>
            <td>
              <kbd>Esc</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      {/* Help › About has no shortcut, and the web app no menu: reachable from here too. */}
      <p>
        <button type="button" onClick={onAbout}>
          About Glossa…
        </button>
      </p>
    </ModalDialog>
  );
}

/** Help › About and Help › Keyboard Shortcuts: each opens its dialog (one at a time). */
export function HelpDialogs() {
  const [open, setOpen] = useState<'about' | 'shortcuts' | null>(null);
  useCommand('help.about', () => setOpen('about'));
  useCommand('help.shortcuts', () => setOpen('shortcuts'));
  if (open === 'about') return <AboutDialog onClose={() => setOpen(null)} />;
  if (open === 'shortcuts') return <ShortcutsDialog onClose={() => setOpen(null)} onAbout={() => setOpen('about')} />;
  return null;
}
