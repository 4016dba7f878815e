import { useRef, type KeyboardEvent } from 'react';
import type { SectionId } from '../../cards/storage/preferences';
import type { SectionEntry } from './sections';
import { sectionKey } from './shortcuts';

interface Props {
  sections: SectionEntry[];
  /** None while the drill is open in place of a section. */
  active: SectionId | undefined;
  onSelect(id: SectionId): void;
}

/**
 * An ARIA tablist in one row: an icon over a short label, or the icon alone
 * in a narrow panel (the label stays as the tab's name and its tooltip).
 * Arrows, Home and End move between sections (and open them).
 */
export function SectionTabs({ sections, active, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = Math.max(0, sections.findIndex((section) => section.id === active));
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
        {sections.map((section, index) => (
          <button
            key={section.id}
            type="button"
            role="tab"
            id={`tab-${section.id}`}
            aria-selected={section.id === active}
            aria-controls={`panel-${section.id}`}
            tabIndex={section.id === (active ?? sections[0]?.id) ? 0 : -1}
            onClick={() => onSelect(section.id)}
            title={`${section.label} (${sectionKey(index)})`}
          >
            <section.Icon aria-hidden="true" size={18} strokeWidth={2} />
            <span className="section-tab-label">{section.label}</span>
          </button>
        ))}
      </div>
    </nav>
  );
}
