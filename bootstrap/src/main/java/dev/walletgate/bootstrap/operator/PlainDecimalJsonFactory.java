package dev.walletgate.bootstrap.operator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A JSON factory whose parsers read a number as it is written: a plain decimal ({@code 2.50}) as an
 * exact {@code BigDecimal}, one with an exponent ({@code 1E2}) as a double. A tree keeps no number
 * text, and a {@code BigDecimal} cannot tell {@code 15E-1} from {@code 1.5}; this way the amount
 * readers, which take only exact decimals, refuse a JSON number in exponent form as they refuse the
 * same text in a string (M3). The mapper must not turn every float into a {@code BigDecimal} itself
 * ({@code USE_BIG_DECIMAL_FOR_FLOATS} off). Only {@link #createParser(String)} is wrapped, the one
 * the readers use: a parser made any other way reads every float as a double, which the amount
 * readers refuse, so a mistake there refuses amounts rather than accepting exponents.
 */
final class PlainDecimalJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  PlainDecimalJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  @Override
  public JsonParser createParser(String content) throws IOException {
    return new PlainDecimalParser(super.createParser(content));
  }

  /** Tells the tree builder which floats to keep exact: those written without an exponent. */
  private static final class PlainDecimalParser extends JsonParserDelegate {
    PlainDecimalParser(JsonParser parser) {
      super(parser);
    }

    @Override
    public NumberTypeFP getNumberTypeFP() throws IOException {
      if (!hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        return super.getNumberTypeFP();
      }
      String text = getText();
      boolean exponent = text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
      return exponent ? NumberTypeFP.DOUBLE64 : NumberTypeFP.BIG_DECIMAL;
    }
  }
}
