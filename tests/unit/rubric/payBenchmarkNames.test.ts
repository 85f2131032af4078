// Table tests: comp-benchmark knows the big-tech firms a Chinese-speaking candidate is most likely
// to anchor on (Tencent, Alibaba, ByteDance/TikTok, Baidu; 腾讯, 阿里巴巴, 字节跳动, 百度), as it knows
// Google and Meta (the Chinese Wells Fargo guide: compare with other large banks and insurers,
// never big-tech packages). Naming one as a past employer, or to set it aside, is not an anchor.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './ruleHarness';

const benchmark = (text: string) => findingsOf('comp-benchmark', { text, template: 'comp-memo', section: 'anchor', company: 'american-express' });

describe('comp-benchmark: Chinese big-tech anchors', () => {
  it.each([
    'My ask is $190k–$200k base, in line with my Tencent offer.',
    'ByteDance offered me $240k, so I am asking for the top of the band.',
    'I benchmark my ask on what Alibaba pays senior AI PMs.',
    '我期望底薪十九万到二十万美元，参考字节跳动给我的总包。',
    '百度给的总包更高，所以我的底薪期望是二十一万美元。',
    '我的期望对标阿里巴巴同级别的薪资。',
  ])('must flag: %s', (text) => {
    expect(benchmark(text).length).toBe(1);
  });

  it.each([
    'I spent four years at Alibaba; for this role I anchor on Chase and Citi.',
    'I left Tencent last year and anchor on Chase, Citi and USAA.',
    '我在腾讯做了四年风控产品，这次参考的是大通和花旗的同级岗位。',
    '我参考的是大通和花旗，而不是阿里巴巴的薪资。',
    '我曾在百度负责反欺诈模型，这次的期望以美国银行和花旗为准。',
  ])('must not flag: %s', (text) => {
    expect(benchmark(text)).toEqual([]);
  });
});
