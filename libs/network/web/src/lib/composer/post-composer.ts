import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { POST_IMAGES_MAX } from '@assoc/network-domain';
import { clearServerErrors, ErrorDisplay, parseServerError, resetAfterSubmit, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NetworkData } from '../data-access/network.data';
import { PostFieldsFragment, TopicFieldsFragment } from '../graphql/network.generated';
import { MentionDraft } from '../shared/mention-draft';
import { MentionTextarea } from '../shared/mention-textarea';

const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

interface DraftImage {
  key: number;
  previewUrl: string;
  name: string;
  imageId: string | null;
  error: string | null;
}

let nextKey = 0;

/** Writing a post: text with mentions, an optional topic, up to five photos, announcement for the board. */
@Component({
  selector: 'assoc-post-composer',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    TranslatePipe,
    MentionTextarea,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-composer.html',
  styleUrl: './post-composer.scss',
})
export class PostComposer {
  readonly topics = input<readonly TopicFieldsFragment[]>([]);
  readonly published = output<PostFieldsFragment>();

  private readonly network = inject(NetworkData);
  private readonly http = inject(HttpClient);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  protected readonly moderator = this.session.canModerate;
  /** Consultants may only write in the topics opened to them. */
  protected readonly topicRequired = computed(() => this.session.role() === 'CONSULTANT');

  protected readonly maxImages = POST_IMAGES_MAX;
  protected readonly draft = new MentionDraft();
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly topicControl = new FormControl<string | null>(null);
  protected readonly announcementControl = new FormControl(false, { nonNullable: true });
  protected readonly images = signal<DraftImage[]>([]);
  /** Folded to one line until the member taps it (issue 16: a post must show on a phone's first screen). */
  protected readonly expanded = signal(false);
  protected readonly publishing = signal(false);
  protected readonly uploading = computed(() => this.images().some((i) => !i.imageId && !i.error));
  protected readonly openTopics = computed(() => this.topics().filter((t) => !t.archivedAt));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.images().forEach((i) => URL.revokeObjectURL(i.previewUrl)));
  }

  protected async onFiles(event: Event): Promise<void> {
    const element = event.target as HTMLInputElement;
    const files = Array.from(element.files ?? []);
    element.value = '';
    const room = POST_IMAGES_MAX - this.images().length;
    if (files.length > room) this.errors.success('network.composer.tooManyImages', { max: POST_IMAGES_MAX });
    await Promise.all(files.slice(0, Math.max(0, room)).map((file) => this.upload(file)));
  }

  protected removeImage(key: number): void {
    const image = this.images().find((i) => i.key === key);
    if (image) URL.revokeObjectURL(image.previewUrl);
    this.images.update((images) => images.filter((i) => i.key !== key));
  }

  protected async publish(): Promise<void> {
    clearServerErrors(this.draft.form);
    if (this.draft.control.invalid || !this.draft.control.value.trim()) {
      this.draft.control.markAsTouched();
      return;
    }
    if (this.uploading()) return;
    if (this.topicRequired() && !this.topicControl.value) {
      this.topicControl.markAsTouched();
      this.errors.success('network.composer.topicRequired');
      return;
    }
    this.publishing.set(true);
    try {
      const post = await firstValueFrom(
        this.network.createPost({
          text: this.draft.text(),
          topicId: this.topicControl.value,
          imageIds: this.images().flatMap((i) => (i.imageId ? [i.imageId] : [])),
          announcement: this.moderator() && this.announcementControl.value,
        }),
      );
      this.published.emit(post);
      this.draft.reset();
      resetAfterSubmit(this.draft.form, this.formDirective());
      this.announcementControl.setValue(false);
      this.images().forEach((i) => URL.revokeObjectURL(i.previewUrl));
      this.images.set([]);
      this.expanded.set(false);
      this.errors.success('network.composer.published');
    } catch (error) {
      this.errors.show(error, this.draft.form);
    } finally {
      this.publishing.set(false);
    }
  }

  private async upload(file: File): Promise<void> {
    const key = nextKey++;
    const image: DraftImage = {
      key,
      previewUrl: URL.createObjectURL(file),
      name: file.name,
      imageId: null,
      error: null,
    };
    this.images.update((images) => [...images, image]);
    const patch = (change: Partial<DraftImage>) =>
      this.images.update((images) => images.map((i) => (i.key === key ? { ...i, ...change } : i)));
    if (!file.type.startsWith('image/')) {
      patch({ error: 'network.composer.notImage' });
      return;
    }
    if (file.size > MAX_IMAGE_BYTES) {
      patch({ error: 'network.composer.imageTooBig' });
      return;
    }
    const body = new FormData();
    body.append('image', file, file.name);
    try {
      const response = await firstValueFrom(
        this.http.post<{ imageId: string; url: string }>('/api/network/images', body),
      );
      patch({ imageId: response.imageId });
    } catch (error) {
      const info = parseServerError(error);
      patch({
        error:
          info.fields.find((f) => f.field === 'image')?.message ?? (info.message || 'network.composer.uploadFailed'),
      });
    }
  }
}
