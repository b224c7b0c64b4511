// The document "Show an example" puts in the text area: a short policy with one SMART goal and
// one that is not, so a first-time user sees what govlint says and suggests.
import type { Lang } from '../engine.ts';

export const EXAMPLE: Record<Lang, string> = {
  da: `---
id: boernepolitik-eksempel
type: politik
titel: Sammenhængende børne- og ungepolitik 2025–2028
ansvarlig: Børne- og Ungeudvalget
vedtaget: 2025-03-12
vedtaget-af: Kommunalbestyrelsen
revision: 2028-03-01
status: vedtaget
sprog: da
---

# Sammenhængende børne- og ungepolitik 2025–2028

## Børne- og familiesyn

Børn er eksperter i deres eget liv. Vi lytter til dem, før vi træffer afgørelser.

## Målgrupper

Alle børn og unge i kommunen og deres familier.

## Mål

### M1 Flere anbragte børn gennemfører folkeskolen

Andelen af anbragte børn, der aflægger 9.-klasseprøve, stiger fra 52 % i 2024 til 65 % senest 31. december 2027.

- Ansvarlig: Børne- og Ungedirektøren
- Frist: 2027-12-31
- Indikator: Andel anbragte børn med 9.-klasseprøve
- Udgangspunkt: 52 % (2024)

### M2 Bedre trivsel

Vi vil styrke trivslen blandt anbragte børn.

## Opfølgning

Forvaltningen følger op på målene halvårligt over for Børne- og Ungeudvalget.
`,
  en: `---
id: child-policy-example
type: policy
title: Children and Young People's Policy 2025–2029
owner: Children and Young People's Committee
adopted: 2025-02-04
adopted-by: Borough Council
review: 2029-01-31
status: adopted
lang: en
---

# Children and Young People's Policy 2025–2029

## Our values

Children are experts in their own lives. We listen to them before we decide.

## Target groups

All children and young people in the borough and their families.

## Goals

### G1 More care leavers in education, employment or training

The share of care leavers aged 19–21 in education, employment or training rises from 48 % in 2024 to 60 % by 31 December 2027.

- Owner: Director of Children's Services
- Deadline: 2027-12-31
- Indicator: Share of care leavers aged 19–21 in education, employment or training
- Baseline: 48 % (2024)

### G2 Better support for families

We will work towards better support for families.

## Follow-up

Officers report progress on each goal to the Children and Young People's Committee twice a year.
`,
};
