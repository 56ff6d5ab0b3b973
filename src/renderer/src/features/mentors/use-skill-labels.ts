import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Skill } from '../../../../shared/domain/mentoring';
import { useLanguage } from '../../app/providers/language-context';
import { mentorsQueries } from './mentors-queries';

export interface SkillLabels {
  /** The skill's name in the screen's language; the code itself for one no longer listed. */
  label: (code: string) => string;
  /**
   * Names of chosen skills in the admin's order, as the multi-select lists them (the stored
   * lists are in code order, which put "การลงสินค้า…" before "การถ่ายภาพ…").
   */
  labels: (codes: readonly string[]) => string[];
  /** Choices for a multi-select: active skills in the admin's order, plus any already chosen. */
  options: (chosen?: readonly string[]) => { value: string; label: string }[];
}

/** The skills taxonomy is data the admin edits, so its names come from main, not a catalogue. */
export function useSkillLabels(): SkillLabels {
  const skills = useQuery(mentorsQueries.skills());
  const { language } = useLanguage();
  return useMemo(() => skillLabels(skills.data ?? [], language), [skills.data, language]);
}

export function skillLabels(skills: readonly Skill[], language: 'th' | 'en'): SkillLabels {
  const byCode = new Map(skills.map((skill) => [skill.code, skill]));
  const label = (code: string) => {
    const skill = byCode.get(code);
    if (!skill) return code;
    return language === 'th' ? skill.labelTh : skill.labelEn;
  };
  const ordered = [...skills].sort((a, b) => a.sortOrder - b.sortOrder);
  // Unknown codes (none should be) go last, in their stored order.
  const rank = new Map(ordered.map((skill, index) => [skill.code, index]));
  const position = (code: string) => rank.get(code) ?? ordered.length;
  return {
    label,
    labels: (codes) => [...codes].sort((a, b) => position(a) - position(b)).map(label),
    // A retired skill stays choosable only where it is already chosen, so saving keeps it.
    options: (chosen = []) =>
      ordered
        .filter((skill) => skill.active || chosen.includes(skill.code))
        .map((skill) => ({ value: skill.code, label: label(skill.code) })),
  };
}
