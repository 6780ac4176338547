// Preload (sandboxed, isolated world): exposes exactly the Host contract on window.glossaHost.
//
// Each function is a thin ipcRenderer.invoke; main checks the sender and the payload.
// ipcRenderer itself, its event objects and anything else stay on this side: a page
// holding ipcRenderer could send on any channel.
import { contextBridge, ipcRenderer, type IpcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_NAME,
  IPC_CHANNELS,
  LifecycleRequestSchema,
  MenuCommandSchema,
  OpenRequestSchema,
  type HostBridge,
  type LifecycleRequest,
  type MenuCommand,
  type OpenRequest,
} from '@core/host';

type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * Open requests are asked of main once per page; one that arrives while no listener is subscribed
 * waits here for the next, so a file given at launch is opened once, however React mounts.
 */
const openRequests = {
  started: false,
  listeners: new Set<(request: OpenRequest) => void>(),
  undelivered: [] as OpenRequest[],
};

function deliverOpenRequest(request: unknown): void {
  const parsed = OpenRequestSchema.safeParse(request);
  if (!parsed.success) return;
  if (openRequests.listeners.size === 0) openRequests.undelivered.push(parsed.data);
  for (const listener of openRequests.listeners) listener(parsed.data);
}

function createBridge(ipc: IpcRendererLike): HostBridge {
  return {
    openFiles: (request) => ipc.invoke(IPC_CHANNELS.openFiles, request),
    saveFile: (request) => ipc.invoke(IPC_CHANNELS.saveFile, request),
    readClipboardText: () => ipc.invoke(IPC_CHANNELS.readClipboardText),
    getAppInfo: () => ipc.invoke(IPC_CHANNELS.getAppInfo),
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      // The event is dropped here: it carries `sender`, which is ipcRenderer.
      const handler = (_event: IpcRendererEvent, command: unknown): void => {
        const parsed = MenuCommandSchema.safeParse(command);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(IPC_CHANNELS.menuCommand, handler);
      return () => {
        ipc.removeListener(IPC_CHANNELS.menuCommand, handler);
      };
    },
    writeBackup: (request) => ipc.invoke(IPC_CHANNELS.writeBackup, request),
    listBackups: () => ipc.invoke(IPC_CHANNELS.listBackups),
    readBackup: (name) => ipc.invoke(IPC_CHANNELS.readBackup, name),
    confirmClose: (request) => ipc.invoke(IPC_CHANNELS.confirmClose, request ?? {}),
    onLifecycleRequest(listener: (request: LifecycleRequest) => void): () => void {
      // As for menu commands: the event (and its sender, ipcRenderer) stays on this side.
      const handler = (_event: IpcRendererEvent, request: unknown): void => {
        const parsed = LifecycleRequestSchema.safeParse(request);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(IPC_CHANNELS.lifecycleRequest, handler);
      return () => {
        ipc.removeListener(IPC_CHANNELS.lifecycleRequest, handler);
      };
    },
    setRecentDocuments: (documents) => ipc.invoke(IPC_CHANNELS.setRecentDocuments, documents),
    onOpenRequest(listener: (request: OpenRequest) => void): () => void {
      openRequests.listeners.add(listener);
      if (!openRequests.started) {
        openRequests.started = true;
        ipc.on(IPC_CHANNELS.openRequest, (_event: IpcRendererEvent, request: unknown) => deliverOpenRequest(request));
        // Listening first, then asking for what main held (files given at launch): none is missed or doubled.
        void ipc.invoke(IPC_CHANNELS.takeOpenRequests).then(
          (held: unknown) => {
            if (Array.isArray(held)) for (const request of held) deliverOpenRequest(request);
          },
          () => undefined,
        );
      }
      // What came while nobody listened (a React effect re-subscribing) goes to this listener.
      for (const request of openRequests.undelivered.splice(0)) listener(request);
      return () => {
        openRequests.listeners.delete(listener);
      };
    },
  };
}

contextBridge.exposeInMainWorld(BRIDGE_NAME, createBridge(ipcRenderer));
