import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  input,
  OnDestroy,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  ChartConfiguration,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only the pieces the dashboard draws: Chart.js is tree-shaken and lives in this lazy page's bundle.
Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export type ChartKind = 'line' | 'bar' | 'horizontalBar' | 'doughnut';

export interface ChartSeries {
  label: string;
  values: readonly number[];
  colour: string;
}

/** The palette: colour-blind-safe pairs (Okabe–Ito), the first one the app's primary blue. */
export const CHART_COLOURS = ['#1565c0', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#555555'];

/**
 * One chart of the dashboard, read at a glance, with its table view for screen readers and anyone
 * who prefers figures: the table is the same data, one row per label. `format` writes a value
 * (money in the reader's language, counts as they are).
 */
@Component({
  selector: 'assoc-impact-chart',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure>
      <figcaption>
        <span class="title">{{ caption() }}</span>
        <button
          mat-button
          type="button"
          class="toggle"
          (click)="asTable.set(!asTable())"
          [attr.aria-pressed]="asTable()"
        >
          {{ (asTable() ? 'impact.chart.showChart' : 'impact.chart.showTable') | translate }}
        </button>
      </figcaption>
      <div class="canvas" [class.hidden]="asTable()" [class.short]="kind() === 'doughnut'">
        <canvas #canvas role="img" [attr.aria-label]="caption()"></canvas>
      </div>
      @if (asTable()) {
        <div class="table-wrap">
          <table data-testid="chart-table">
            <thead>
              <tr>
                <th scope="col">{{ labelHeader() }}</th>
                @for (s of series(); track s.label) {
                  <th scope="col">{{ s.label }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (label of labels(); track $index; let i = $index) {
                <tr>
                  <th scope="row">{{ label }}</th>
                  @for (s of series(); track s.label) {
                    <td>{{ format()(s.values[i]) }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    figure {
      margin: 0;
      padding: 12px 16px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      break-inside: avoid;
    }
    figcaption {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-bottom: 8px;
    }
    .title {
      font: var(--mat-sys-title-small);
    }
    .canvas {
      position: relative;
      height: 260px;
    }
    .canvas.short {
      height: 220px;
    }
    .canvas.hidden {
      display: none;
    }
    .table-wrap {
      overflow-x: auto;
      max-height: 320px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      font-variant-numeric: tabular-nums;
    }
    @media print {
      .toggle {
        display: none;
      }
      .canvas.hidden {
        display: block;
      }
      .table-wrap {
        display: none;
      }
    }
  `,
})
export class ImpactChart implements OnDestroy {
  readonly kind = input.required<ChartKind>();
  readonly caption = input.required<string>();
  readonly labelHeader = input('');
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  readonly stacked = input(false);
  readonly format = input<(value: number) => string>((value) => String(value));

  protected readonly asTable = signal(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  private readonly config = computed<ChartConfiguration>(() => {
    const kind = this.kind();
    const format = this.format();
    const labels = [...this.labels()];
    const series = this.series();
    if (kind === 'doughnut') {
      const [only] = series;
      return {
        type: 'doughnut',
        data: {
          labels,
          datasets: [
            {
              label: only?.label ?? '',
              data: [...(only?.values ?? [])],
              backgroundColor: labels.map((_, i) => CHART_COLOURS[i % CHART_COLOURS.length]),
            },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          plugins: {
            legend: { position: 'right' },
            tooltip: { callbacks: { label: (c) => `${c.label}: ${format(c.parsed as number)}` } },
          },
        },
      };
    }
    const horizontal = kind === 'horizontalBar';
    const stacked = this.stacked();
    return {
      type: kind === 'line' ? 'line' : 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: [...s.values],
          backgroundColor: s.colour,
          borderColor: s.colour,
          pointRadius: labels.length > 40 ? 0 : 2,
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: {
            stacked,
            ticks: horizontal ? { callback: (v) => format(Number(v)) } : { autoSkip: true, maxRotation: 0 },
          },
          y: {
            stacked,
            beginAtZero: true,
            ticks: horizontal ? {} : { precision: 0, callback: (v) => format(Number(v)) },
          },
        },
        plugins: {
          legend: { display: series.length > 1, position: 'bottom' },
          tooltip: {
            callbacks: { label: (c) => `${c.dataset.label}: ${format(Number(horizontal ? c.parsed.x : c.parsed.y))}` },
          },
        },
      },
    };
  });

  constructor() {
    effect(() => {
      const config = this.config();
      const canvas = this.canvas().nativeElement;
      this.chart?.destroy();
      this.chart = new Chart(canvas, config);
    });
  }

  ngOnDestroy(): void {
    this.chart?.destroy();
  }
}
