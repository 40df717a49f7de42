import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

/** The files a project accepts (quotes, receipts): PDF or image, 10 MB at most. */
export const MAX_PROJECT_FILE_BYTES = 10 * 1024 * 1024;

export function projectFileProblem(file: File): 'projects.editor.quoteTooBig' | 'projects.editor.quoteType' | null {
  if (file.type !== 'application/pdf' && !file.type.startsWith('image/')) return 'projects.editor.quoteType';
  if (file.size > MAX_PROJECT_FILE_BYTES) return 'projects.editor.quoteTooBig';
  return null;
}

/** POSTs one file as multipart form data to a project's REST endpoint and returns its JSON answer. */
export function uploadProjectFile<T = unknown>(
  http: HttpClient,
  url: string,
  field: string,
  file: File,
  extra: Record<string, string> = {},
): Promise<T> {
  const body = new FormData();
  body.append(field, file, file.name);
  for (const [key, value] of Object.entries(extra)) body.append(key, value);
  return firstValueFrom(http.post<T>(url, body));
}
