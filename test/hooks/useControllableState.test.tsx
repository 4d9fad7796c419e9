import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from '../../src/hooks/useControllableState';

describe('useControllableState', () => {
  it('holds its own value when uncontrolled and reports changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ value: undefined, defaultValue: 'a', onChange }));
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
    expect(onChange).toHaveBeenCalledWith('b');
  });
  it('shows the parent value when controlled and only reports changes', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ value }) => useControllableState({ value, defaultValue: 'a', onChange }),
      {
        initialProps: { value: 'x' },
      },
    );
    act(() => result.current[1]('y'));
    expect(result.current[0]).toBe('x');
    expect(onChange).toHaveBeenCalledWith('y');
    rerender({ value: 'y' });
    expect(result.current[0]).toBe('y');
  });
  it('does not report a change to the same value', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ value: undefined, defaultValue: 1, onChange }));
    act(() => result.current[1](1));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('useControllableState, as Radix and React Stately do it', () => {
  it('takes functional updates that compose within one event, uncontrolled', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ value: undefined, defaultValue: 1, onChange }));
    act(() => {
      result.current[1]((n) => n + 1);
      result.current[1]((n) => n + 1);
    });
    expect(result.current[0]).toBe(3);
    expect(onChange.mock.calls).toEqual([[2], [3]]);
  });
  it('gives a controlled functional update the parent value', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ value: 10, defaultValue: 1, onChange }));
    act(() => result.current[1]((n) => n * 2));
    expect(onChange).toHaveBeenCalledWith(20);
    expect(result.current[0]).toBe(10);
    act(() => result.current[1]((n) => n * 2));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
  it('keeps one setter for the life of the component', () => {
    const { result, rerender } = renderHook(
      ({ onChange }) => useControllableState({ value: undefined, defaultValue: 'a', onChange }),
      { initialProps: { onChange: vi.fn() } },
    );
    const first = result.current[1];
    act(() => first('b'));
    const later = vi.fn();
    rerender({ onChange: later });
    expect(result.current[1]).toBe(first);
    act(() => first('c'));
    expect(later).toHaveBeenCalledWith('c');
  });
  it('warns once in development when it switches from uncontrolled to controlled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = renderHook(
      ({ value }: { value: string | undefined }) =>
        useControllableState({ value, defaultValue: 'a', name: 'RolePicker' }),
      { initialProps: { value: undefined as string | undefined } },
    );
    expect(warn).not.toHaveBeenCalled();
    rerender({ value: 'b' });
    rerender({ value: 'c' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/RolePicker is changing from uncontrolled to controlled/);
    warn.mockRestore();
  });
});
