import type { WebsocketProvider } from 'y-websocket';

/** The provider's socket when a frame can go out on it now; null while connecting, closing or closed. */
export function openSocket(provider: WebsocketProvider): WebSocket | null {
  const ws = provider.ws;
  return provider.wsconnected && ws !== null && ws.readyState === ws.OPEN ? ws : null;
}
