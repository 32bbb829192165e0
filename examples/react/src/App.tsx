import { useRef, useState } from 'react';
// React 18 and 19: the elements as React components (props as properties, `onTokenCreated`).
import { PersonTokenForm } from 'token-forms/react';
// React 19: registers the elements and types them in JSX (attributes, properties, `ontoken-created`).
import 'token-forms/react-jsx';
import type { PersonTokenFormElement, TokenCreatedEvent } from 'token-forms/react-jsx';

// Stripe's API by default; the demo's emulator (`npm start`) or the one the tests pass in `?api-base=`.
const apiBase = new URLSearchParams(location.search).get('api-base') ?? 'http://127.0.0.1:12111';
const publishableKey = 'pk_test_emulator0000demo';

export function App() {
  const [tokens, setTokens] = useState<Record<string, string>>({});
  const element = useRef<PersonTokenFormElement>(null);
  const received = (form: string) => (event: TokenCreatedEvent) =>
    setTokens((current) => ({ ...current, [form]: event.detail.token.id }));

  return (
    <main>
      <h1>token-forms with React</h1>

      <section aria-labelledby="jsx-heading">
        <h2 id="jsx-heading">The element in JSX (React 19)</h2>
        <person-token-form
          ref={element}
          publishable-key={publishableKey}
          api-base={apiBase}
          requirements={['first_name', 'last_name']}
          prefill={{ 'person.first_name': 'Hanako' }}
          ontoken-created={received('jsx')}
        />
        <button type="button" onClick={() => element.current?.reportValidity()}>
          What is missing?
        </button>
        <output data-form="jsx">{tokens.jsx ?? ''}</output>
      </section>

      <section aria-labelledby="wrapper-heading">
        <h2 id="wrapper-heading">The React component (React 18 and 19)</h2>
        <PersonTokenForm
          publishableKey={publishableKey}
          apiBase={apiBase}
          requirements={['first_name', 'last_name']}
          locale="ja"
          onTokenCreated={received('wrapper')}
        />
        <output data-form="wrapper">{tokens.wrapper ?? ''}</output>
      </section>
    </main>
  );
}
