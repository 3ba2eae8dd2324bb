import type { ReactNode } from 'react';
import {
  Bar, BarChart, CartesianGrid, Legend, Line, LineChart, PolarAngleAxis, RadialBar, RadialBarChart, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import { percent, periodLabel } from '../../lib/analytics-format';

// Colours with at least 3:1 contrast against white, told apart by more than hue (dashes, labels).
const COLOURS = { blue: '#1d4ed8', green: '#15803d', orange: '#c2410c', purple: '#7e22ce', grey: '#4b5563' };

export interface SeriesLine {
  key: string;
  label: string;
  colour: keyof typeof COLOURS;
  dashed?: boolean;
}

export interface ChartPoint {
  start: string;
  [key: string]: number | string | null;
}

/**
 * A chart with its text alternative: the picture is hidden from assistive technology, and a
 * visually hidden table beside it gives every figure it draws.
 */
function Figure({ title, caption, table, children }: { title: string; caption?: string; table: ReactNode; children: ReactNode }) {
  return (
    <figure className="chart card">
      <figcaption>
        <h3 className="chart-title">{title}</h3>
        {caption && <p className="meta">{caption}</p>}
      </figcaption>
      <div className="chart-canvas" aria-hidden="true">
        {children}
      </div>
      <div className="visually-hidden">{table}</div>
    </figure>
  );
}

function FiguresTable({ title, points, lines, interval, format }: { title: string; points: ChartPoint[]; lines: SeriesLine[]; interval: string; format: (v: number | null) => string }) {
  return (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {lines.map((l) => (
            <th scope="col" key={l.key}>
              {l.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.start}>
            <th scope="row">{periodLabel(p.start, interval, true)}</th>
            {lines.map((l) => (
              <td key={l.key}>{format(p[l.key] as number | null)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const plain = (v: number | null) => (v === null ? '—' : String(v));

/** Trend lines over the intervals of the range. */
export function TrendChart(props: { title: string; caption?: string; points: ChartPoint[]; lines: SeriesLine[]; interval: string; unit?: string; format?: (v: number | null) => string }) {
  const { title, caption, points, lines, interval, unit, format = plain } = props;
  return (
    <Figure title={title} caption={caption} table={<FiguresTable title={title} points={points} lines={lines} interval={interval} format={format} />}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e5e7eb" vertical={false} />
          <XAxis dataKey="start" tickFormatter={(s: string) => periodLabel(s, interval)} tick={{ fontSize: 12, fill: COLOURS.grey }} minTickGap={16} />
          <YAxis tick={{ fontSize: 12, fill: COLOURS.grey }} width={unit ? 52 : 40} tickFormatter={(v: number) => (unit ? `${v}${unit}` : String(v))} allowDecimals={!!unit} />
          <Tooltip labelFormatter={(s) => periodLabel(String(s), interval, true)} formatter={(v) => format(typeof v === 'number' ? v : null)} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {lines.map((l) => (
            <Line
              key={l.key}
              type="monotone"
              dataKey={l.key}
              name={l.label}
              stroke={COLOURS[l.colour]}
              strokeWidth={2}
              strokeDasharray={l.dashed ? '6 4' : undefined}
              dot={points.length <= 31}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Figure>
  );
}

/** Questions solved per interval, by the community and by staff, stacked. */
export function SolvedBars({ points, interval }: { points: ChartPoint[]; interval: string }) {
  const lines: SeriesLine[] = [
    { key: 'solvedByCommunity', label: 'Solved by the community', colour: 'green' },
    { key: 'solvedByStaff', label: 'Solved by staff', colour: 'orange' },
  ];
  const title = 'Solved by the community and by staff';
  return (
    <Figure title={title} caption="Questions solved per period: an accepted answer from a member, or a staff answer or resolution." table={<FiguresTable title={title} points={points} lines={lines} interval={interval} format={plain} />}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e5e7eb" vertical={false} />
          <XAxis dataKey="start" tickFormatter={(s: string) => periodLabel(s, interval)} tick={{ fontSize: 12, fill: COLOURS.grey }} minTickGap={16} />
          <YAxis tick={{ fontSize: 12, fill: COLOURS.grey }} width={40} allowDecimals={false} />
          <Tooltip labelFormatter={(s) => periodLabel(String(s), interval, true)} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {lines.map((l) => (
            <Bar key={l.key} dataKey={l.key} name={l.label} stackId="solved" fill={COLOURS[l.colour]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
}

/** SLA compliance of one team as a half-circle gauge, with the share written in the middle. */
export function SlaGauge({ name, share, cases }: { name: string; share: number | null; cases: number }) {
  const value = share === null ? 0 : Math.round(share * 100);
  const colour = share === null ? COLOURS.grey : share >= 0.9 ? COLOURS.green : share >= 0.75 ? COLOURS.orange : '#b91c1c';
  return (
    <li className="gauge">
      <div className="gauge-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={110}>
          <RadialBarChart data={[{ value }]} startAngle={180} endAngle={0} innerRadius="120%" outerRadius="170%" cy="95%" barSize={14} accessibilityLayer={false}>
            <PolarAngleAxis type="number" domain={[0, 100]} tick={false} />
            <RadialBar dataKey="value" background={{ fill: '#e5e7eb' }} fill={colour} isAnimationActive={false} />
          </RadialBarChart>
        </ResponsiveContainer>
        <span className="gauge-value">{percent(share)}</span>
      </div>
      <p className="gauge-label">
        <strong>{name}</strong>
        <span className="meta">
          {' '}
          {percent(share)} of SLA targets met · {cases === 1 ? '1 case' : `${cases} cases`}
        </span>
      </p>
    </li>
  );
}

/** A tiny line of members hit per interval, for a table row; its figures are in the row's text. */
export function Sparkline({ values }: { values: number[] }) {
  const data = values.map((v, i) => ({ i, v }));
  return (
    <span className="sparkline" aria-hidden="true">
      <LineChart width={96} height={28} data={data} margin={{ top: 3, right: 2, bottom: 3, left: 2 }} accessibilityLayer={false}>
        <YAxis hide domain={[0, 'dataMax']} />
        <Line type="monotone" dataKey="v" stroke={COLOURS.blue} strokeWidth={1.5} dot={false} isAnimationActive={false} />
      </LineChart>
    </span>
  );
}
