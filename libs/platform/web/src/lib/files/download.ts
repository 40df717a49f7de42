import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

/**
 * Fetches a file of the API with the app's headers (the association is named by a header, which a
 * plain link would not send), then saves it under `fileName` or opens it in a new tab.
 */
export async function fetchFile(http: HttpClient, url: string, fileName: string | null, doc: Document): Promise<void> {
  const blob = await firstValueFrom(http.get(url, { responseType: 'blob' }));
  const objectUrl = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = objectUrl;
  if (fileName) link.download = fileName;
  else {
    link.target = '_blank';
    link.rel = 'noopener';
  }
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}
