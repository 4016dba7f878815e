import { SectionBoundary } from './SectionBoundary';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Sidecue</h1>
      </header>
      <main>
        <SectionBoundary name="Steps">
          <section aria-labelledby="steps-heading">
            <h2 id="steps-heading">Steps</h2>
          </section>
        </SectionBoundary>
      </main>
    </div>
  );
}
