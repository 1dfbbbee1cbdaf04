package jp.itaku.contract.verification.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese morphological analysis with Lucene's Kuromoji (IPADIC) plus a small user dictionary of contract terms, so
 * that compounds such as 再委託・個人情報・漏えい stay one token. The system dictionaries are loaded once (Kuromoji keeps
 * them as singletons); each thread reuses its own tokenizer, so this class is thread-safe.
 */
public final class Morphology {

    /** One token: surface form, base (dictionary) form, part of speech, offsets within the analysed string. */
    public record Token(String surface, String base, String pos, int start, int end) {
        public String lemma() {
            return base != null ? base : surface;
        }

        public boolean isVerb() {
            return pos != null && pos.startsWith("動詞");
        }

        public boolean isNoun() {
            return pos != null && pos.startsWith("名詞");
        }

        public boolean isSuffix() {
            return pos != null && pos.contains("接尾");
        }
    }

    private static final String USER_DICT = String.join("\n",
            "再委託,再委託,サイイタク,カスタム名詞",
            "再委任,再委任,サイイニン,カスタム名詞",
            "下請負,下請負,シタウケオイ,カスタム名詞",
            "外部委託,外部委託,ガイブイタク,カスタム名詞",
            "個人情報,個人情報,コジンジョウホウ,カスタム名詞",
            "特定個人情報,特定個人情報,トクテイコジンジョウホウ,カスタム名詞",
            "漏えい,漏えい,ロウエイ,カスタム名詞",
            "毀損,毀損,キソン,カスタム名詞",
            "き損,き損,キソン,カスタム名詞",
            "改ざん,改ざん,カイザン,カスタム名詞",
            "目的外,目的外,モクテキガイ,カスタム名詞",
            "特記事項,特記事項,トッキジコウ,カスタム名詞",
            "特約条項,特約条項,トクヤクジョウコウ,カスタム名詞",
            "派遣労働者,派遣労働者,ハケンロウドウシャ,カスタム名詞",
            "派遣元事業主,派遣元事業主,ハケンモトジギョウヌシ,カスタム名詞",
            "派遣元,派遣元,ハケンモト,カスタム名詞",
            "派遣先,派遣先,ハケンサキ,カスタム名詞",
            "委託者,委託者,イタクシャ,カスタム名詞",
            "受託者,受託者,ジュタクシャ,カスタム名詞",
            "発注者,発注者,ハッチュウシャ,カスタム名詞",
            "受注者,受注者,ジュチュウシャ,カスタム名詞",
            "請負者,請負者,ウケオイシャ,カスタム名詞",
            "損害賠償,損害賠償,ソンガイバイショウ,カスタム名詞",
            "立入検査,立入検査,タチイリケンサ,カスタム名詞",
            "実地調査,実地調査,ジッチチョウサ,カスタム名詞");

    private static final UserDictionary DICTIONARY;

    static {
        try {
            DICTIONARY = UserDictionary.open(new StringReader(USER_DICT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class State {
        final JapaneseTokenizer tokenizer = new JapaneseTokenizer(DICTIONARY, false, JapaneseTokenizer.Mode.NORMAL);
        final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        final BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
        final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    }

    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private Morphology() {
    }

    /** Forces the dictionaries to load (call once at start-up). */
    public static void warmUp() {
        tokenize("乙は、甲の承諾なく個人情報を複製してはならない。");
    }

    public static List<Token> tokenize(String text) {
        State st = STATE.get();
        List<Token> out = new ArrayList<>(text.length() / 2 + 4);
        try {
            st.tokenizer.setReader(new StringReader(text));
            st.tokenizer.reset();
            while (st.tokenizer.incrementToken()) {
                out.add(new Token(st.term.toString(), st.base.getBaseForm(), st.pos.getPartOfSpeech(),
                        st.offset.startOffset(), st.offset.endOffset()));
            }
            st.tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                st.tokenizer.close();
            } catch (IOException e) {
                // ignore: a StringReader does not fail on close
            }
        }
        return out;
    }

    /** Tokenises and discards the result: the baseline cost for benchmarks. */
    public static int countTokens(String text) {
        State st = STATE.get();
        int n = 0;
        try {
            st.tokenizer.setReader(new StringReader(text));
            st.tokenizer.reset();
            while (st.tokenizer.incrementToken()) {
                n++;
            }
            st.tokenizer.end();
            st.tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
