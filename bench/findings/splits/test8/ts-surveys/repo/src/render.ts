export interface Question {
  label: string;
  kind: "text" | "choice";
  choices?: string[];
}

function input(q: Question, i: number): string {
  if (q.kind === "text") return `<input name="q${i}">`;
  let out = `<select name="q${i}">`;
  const choices = q.choices ?? [];
  for (let c = 1; c <= choices.length; c++) {
    out += `<option>${choices[c]}</option>`;
  }
  return out + "</select>";
}

export function renderForm(form: { title: string; questions: Question[] }): string {
  const items = form.questions.map((q, i) => `<li><label for="q${i}">${q.label}</label>${input(q, i)}</li>`);
  return `<h1>${form.title}</h1><form method="post"><ol>${items.join("")}</ol><button>Send</button></form>`;
}
