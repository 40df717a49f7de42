import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TOPIC_NAME_MAX } from '@assoc/network-domain';
import { clearServerErrors, confirmAction, ErrorDisplay, FieldErrorPipe, resetAfterSubmit } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NetworkData } from '../data-access/network.data';
import { TopicFieldsFragment } from '../graphql/network.generated';

/** /feed/topics — the president and board keep the list of topics. */
@Component({
  selector: 'assoc-topics-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './topics-page.html',
  styleUrl: './topics-page.scss',
})
export class TopicsPage {
  private readonly network = inject(NetworkData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);

  protected readonly topics = signal<TopicFieldsFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly renaming = signal<string | null>(null);
  protected readonly createForm = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TOPIC_NAME_MAX)],
    }),
    openToConsultants: new FormControl(false, { nonNullable: true }),
  });
  protected readonly renameForm = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TOPIC_NAME_MAX)],
    }),
  });
  private readonly createFormDirective = viewChild('createFormDirective', { read: FormGroupDirective });

  constructor() {
    void this.load();
  }

  protected async create(): Promise<void> {
    clearServerErrors(this.createForm);
    if (this.createForm.invalid) {
      this.createForm.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const { name, openToConsultants } = this.createForm.getRawValue();
      await firstValueFrom(this.network.createTopic({ name: name.trim(), openToConsultants }));
      resetAfterSubmit(this.createForm, this.createFormDirective());
      this.errors.success('network.topics.created');
      await this.load();
    } catch (error) {
      this.errors.show(error, this.createForm);
    } finally {
      this.saving.set(false);
    }
  }

  protected startRename(topic: TopicFieldsFragment): void {
    this.renameForm.reset({ name: topic.name });
    this.renaming.set(topic.id);
  }

  protected async rename(topic: TopicFieldsFragment): Promise<void> {
    clearServerErrors(this.renameForm);
    if (this.renameForm.invalid) {
      this.renameForm.markAllAsTouched();
      return;
    }
    const ok = await this.update(topic.id, { name: this.renameForm.getRawValue().name.trim() }, this.renameForm);
    if (ok) this.renaming.set(null);
  }

  protected async setOpen(topic: TopicFieldsFragment, openToConsultants: boolean): Promise<void> {
    await this.update(topic.id, { openToConsultants });
  }

  protected async archive(topic: TopicFieldsFragment): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'network.topics.archiveTitle',
      messageKey: 'network.topics.archiveMessage',
      confirmKey: 'network.topics.archive',
      params: { name: topic.name },
      destructive: true,
    });
    if (!ok) return;
    try {
      await firstValueFrom(this.network.archiveTopic(topic.id));
      this.errors.success('network.topics.archived', { name: topic.name });
      await this.load();
    } catch (error) {
      this.errors.show(error);
    }
  }

  private async update(
    id: string,
    change: { name?: string; openToConsultants?: boolean },
    form?: FormGroup,
  ): Promise<boolean> {
    this.saving.set(true);
    try {
      const topic = await firstValueFrom(this.network.updateTopic({ id, ...change }));
      this.topics.update((list) => list.map((t) => (t.id === topic.id ? topic : t)));
      this.errors.success('common.saved');
      return true;
    } catch (error) {
      this.errors.show(error, form ?? null);
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.topics.set(await firstValueFrom(this.network.topics()));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}
