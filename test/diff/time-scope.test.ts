// The time a claim speaks of, and when two such times are the same.
import { describe, expect, it } from 'vitest';
import { compareScopes, durationDays, periodOf, scopeOf, dayNumber } from '../../src/diff/time-scope.js';

const undated = (published: string | null) => scopeOf(null, published);
const dated = (value: string, grain: string, published = '2024-09-03') => scopeOf({ value, grain, window_end: null }, published);
const windowOf = (value: string, end: string) => scopeOf({ value, grain: 'duration', window_end: end }, end);

describe('periods', () => {
  it('reads TIMEX3 values', () => {
    expect(periodOf('2024-09-02')).toEqual({ from: dayNumber(2024, 9, 2), to: dayNumber(2024, 9, 2) });
    expect(periodOf('2024-08')).toEqual({ from: dayNumber(2024, 8, 1), to: dayNumber(2024, 8, 31) });
    expect(periodOf('2024-02')!.to).toBe(dayNumber(2024, 2, 29));
    expect(periodOf('2024-Q3')).toEqual({ from: dayNumber(2024, 7, 1), to: dayNumber(2024, 9, 30) });
    expect(periodOf('2024')).toEqual({ from: dayNumber(2024, 1, 1), to: dayNumber(2024, 12, 31) });
    expect(periodOf('199')).toEqual({ from: dayNumber(1990, 1, 1), to: dayNumber(1999, 12, 31) });
    // ISO week 35 of 2024 runs Monday 26 August to Sunday 1 September
    expect(periodOf('2024-W35')).toEqual({ from: dayNumber(2024, 8, 26), to: dayNumber(2024, 9, 1) });
    expect(periodOf('2020-W01')).toEqual({ from: dayNumber(2019, 12, 30), to: dayNumber(2020, 1, 5) });
    expect(periodOf('P1W')).toBeNull();
  });

  it('reads durations in days', () => {
    expect(durationDays('P5D')).toBe(5);
    expect(durationDays('P1W')).toBe(7);
    expect(durationDays('P1M')).toBeCloseTo(30.44);
    expect(durationDays('PT36H')).toBe(1.5);
    expect(durationDays('2024')).toBeNull();
  });
});

describe('comparing scopes', () => {
  it('2024-07 is inside 2024: compatible, not the same', () => {
    expect(compareScopes(dated('2024-07', 'month'), dated('2024', 'year'))).toBe('compatible');
  });
  it('2019 and 2020 are different', () => {
    expect(compareScopes(dated('2019', 'year'), dated('2020', 'year'))).toBe('different');
  });
  it('adjacent days may be one count, never the same time', () => {
    expect(compareScopes(dated('2023-12-18', 'day'), dated('2023-12-19', 'day'))).toBe('compatible');
    expect(compareScopes(dated('2023-12-18', 'day'), dated('2023-12-20', 'day'))).toBe('different');
  });
  it('the same year is the same', () => {
    expect(compareScopes(dated('2021', 'year'), dated('2021', 'year'))).toBe('same');
  });
  it('undated claims published a day apart speak of the same time', () => {
    expect(compareScopes(undated('2024-09-04'), undated('2024-09-03'))).toBe('same');
  });
  it('undated claims published more than two weeks apart do not', () => {
    expect(compareScopes(undated('2024-09-04'), undated('2024-09-30'))).toBe('different');
  });
  it('"over the past month" ending 30 September is not an undated claim of 4 September', () => {
    expect(compareScopes(windowOf('P1M', '2024-09-30'), undated('2024-09-04'))).toBe('different');
  });
  it('two "past five days" windows ending a day apart are the same window', () => {
    expect(compareScopes(windowOf('P5D', '2024-09-04'), windowOf('P5D', '2024-09-03'))).toBe('same');
  });
  it('a week and five days are different windows', () => {
    expect(compareScopes(windowOf('P1W', '2024-09-04'), windowOf('P5D', '2024-09-04'))).toBe('different');
  });
  it('an undated claim may repeat a recent dated figure, never a later one nor one from years before', () => {
    expect(compareScopes(undated('2024-09-02'), dated('2023', 'year'))).toBe('compatible');
    expect(compareScopes(undated('2010-12-30'), dated('2017', 'year'))).toBe('different');
    expect(compareScopes(undated('2023-12-19'), dated('2013-04', 'month'))).toBe('different');
  });
  it('an unknown publication date is compatible, never the same', () => {
    expect(compareScopes(undated(null), undated('2024-09-03'))).toBe('compatible');
  });
});
