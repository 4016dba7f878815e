import { useRef, type KeyboardEvent } from 'react';
import type { SectionId } from '../../cards/storage/preferences';
import type { SectionEntry } from './sections';

interface Props {
  sections: SectionEntry[];
  active: SectionId;
  onSelect(id: SectionId): void;
}

/** An ARIA tablist: arrows, Home and End move between sections (and open them). */
export function SectionTabs({ sections, active, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = sections.findIndex((section) => section.id === active);
    const last = sections.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    // Stop the panel's own arrow shortcuts (step navigation) seeing this key.
    event.stopPropagation();
    onSelect(sections[target]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[target]?.focus();
  };

  return (
    <nav className="section-tabs" aria-label="Sections">
      <div role="tablist" aria-label="Sections" ref={list} onKeyDown={onKeyDown}>
        {sections.map((section) => (
          <button
            key={section.id}
            type="button"
            role="tab"
            id={`tab-${section.id}`}
            aria-selected={section.id === active}
            aria-controls={`panel-${section.id}`}
            tabIndex={section.id === active ? 0 : -1}
            onClick={() => onSelect(section.id)}
            title={`${section.label} (${section.key})`}
          >
            {section.label}
          </button>
        ))}
      </div>
    </nav>
  );
}
