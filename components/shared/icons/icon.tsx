// The panel's one icon component; the drawings beside it are written by scripts/write-icons.ts from lucide (ISC).
import { createElement, type SVGProps } from 'react';

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'ref'> {
  size?: number;
}
export type Icon = (props: IconProps) => React.JSX.Element;

/** One of lucide's 24 x 24 stroked drawings as a plain SVG; hidden from screen readers unless given a name. */
export function icon(name: string, node: readonly (readonly [string, Record<string, string>])[]): Icon {
  return function Icon({ size = 24, className, ...rest }: IconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        className={className ? `icon icon-${name} ${className}` : `icon icon-${name}`}
        aria-hidden={rest['aria-label'] || rest['aria-labelledby'] ? undefined : true}
        {...rest}
      >
        {node.map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
      </svg>
    );
  };
}
