import { Injectable } from '@angular/core';
import { Observable, Subject } from 'rxjs';

/**
 * The live (WebSocket) connection's reconnections. The socket reconnects by itself and its
 * subscriptions resume, but what happened while it was away was not pushed (the server also closes
 * sockets on purpose after missing events): whoever shows live data refetches on `reconnected`.
 */
@Injectable({ providedIn: 'root' })
export class LiveConnection {
  private readonly events = new Subject<void>();
  readonly reconnected: Observable<void> = this.events.asObservable();

  /** Called by the WebSocket client when a connection after a retry is acknowledged. */
  notifyReconnected(): void {
    this.events.next();
  }
}
