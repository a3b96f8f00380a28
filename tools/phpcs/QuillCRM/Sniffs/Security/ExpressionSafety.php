<?php
/**
 * Shared walk over one expression for the QuillCRM sniffs: which tokens are
 * "built only from safe parts" (literals, constants, casts to numbers and
 * calls of allowed functions), and where each argument of a call starts and
 * ends.
 */

namespace QuillCRM\Sniffs\Security;

use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Util\Tokens;

final class ExpressionSafety {

	/**
	 * The first unsafe token of $start..$end (inclusive), or null when the
	 * expression is built only from safe parts.
	 *
	 * @param callable(File, int): ?int $safe_call Given the pointer of a name
	 *        followed by "(", returns the pointer of the closing parenthesis
	 *        when the whole call is safe, null otherwise.
	 * @param callable(File, int): ?int $safe_other Given any other token,
	 *        returns the last pointer of a safe construct starting there (e.g.
	 *        $wpdb->prefix), or null.
	 */
	public static function first_unsafe( File $file, int $start, int $end, callable $safe_call, callable $safe_other ): ?int {
		$tokens = $file->getTokens();
		$allowed = Tokens::$emptyTokens + Tokens::$arithmeticTokens + Tokens::$comparisonTokens + Tokens::$booleanOperators + array(
			T_BOOLEAN_NOT              => true,
			T_CONSTANT_ENCAPSED_STRING => true,
			T_LNUMBER                  => true,
			T_DNUMBER                  => true,
			T_STRING_CONCAT            => true,
			T_OPEN_PARENTHESIS         => true,
			T_CLOSE_PARENTHESIS        => true,
			T_INLINE_THEN              => true,
			T_INLINE_ELSE              => true,
			T_TRUE                     => true,
			T_FALSE                    => true,
			T_NULL                     => true,
			T_START_NOWDOC             => true,
			T_NOWDOC                   => true,
			T_END_NOWDOC               => true,
			T_START_HEREDOC            => true,
			T_END_HEREDOC              => true,
			T_LINE                     => true,
			T_FILE                     => true,
			T_DIR                      => true,
			T_CLASS_C                  => true,
			T_FUNC_C                   => true,
			T_METHOD_C                 => true,
			T_NS_C                     => true,
		);
		for ( $i = $start; $i <= $end; $i++ ) {
			$code = $tokens[ $i ]['code'];
			if ( T_INT_CAST === $code || T_DOUBLE_CAST === $code || T_BOOL_CAST === $code ) {
				// A number or a boolean, whatever the operand is.
				$i = self::end_of_operand( $file, $i + 1, $end );
				continue;
			}
			if ( T_HEREDOC === $code || T_DOUBLE_QUOTED_STRING === $code ) {
				$other = $safe_other( $file, $i );
				if ( null === $other && preg_match( '/(?<!\\\\)\$[A-Za-z_{]/', $tokens[ $i ]['content'] ) ) {
					return $i;
				}
				continue;
			}
			if ( isset( $allowed[ $code ] ) ) {
				continue;
			}
			if ( T_STRING === $code || T_NAME_FULLY_QUALIFIED === $code || T_NAME_QUALIFIED === $code || T_SELF === $code || T_STATIC === $code || T_NS_SEPARATOR === $code ) {
				$next = $file->findNext( Tokens::$emptyTokens, $i + 1, null, true );
				if ( false !== $next && T_OPEN_PARENTHESIS === $tokens[ $next ]['code'] && T_STRING === $code ) {
					$prev = $file->findPrevious( Tokens::$emptyTokens, $i - 1, null, true );
					$close = $safe_call( $file, $i );
					if ( null === $close ) {
						return $i;
					}
					$i = $close;
					continue;
				}
				if ( false !== $next && T_DOUBLE_COLON === $tokens[ $next ]['code'] ) {
					$other = $safe_other( $file, $i );
					if ( null !== $other ) {
						$i = $other;
						continue;
					}
					// Class constant: Foo::BAR (not a call, not a property).
					$member = $file->findNext( Tokens::$emptyTokens, $next + 1, null, true );
					$after  = false === $member ? false : $file->findNext( Tokens::$emptyTokens, $member + 1, null, true );
					if ( false !== $member && T_STRING === $tokens[ $member ]['code'] && ( false === $after || T_OPEN_PARENTHESIS !== $tokens[ $after ]['code'] ) ) {
						$i = $member;
						continue;
					}
					return $i;
				}
				// A constant (PHP_EOL, ENT_QUOTES, a namespaced name...).
				continue;
			}
			$other = $safe_other( $file, $i );
			if ( null !== $other ) {
				$i = $other;
				continue;
			}
			return $i;
		}
		return null;
	}

	/** The last pointer of the operand starting after $from (a variable with its ->, ?-> and [] chain, or a parenthesised expression). */
	private static function end_of_operand( File $file, int $from, int $end ): int {
		$tokens = $file->getTokens();
		$i      = $file->findNext( Tokens::$emptyTokens, $from, $end + 1, true );
		if ( false === $i ) {
			return $end;
		}
		if ( isset( $tokens[ $i ]['parenthesis_closer'] ) ) {
			return $tokens[ $i ]['parenthesis_closer'];
		}
		while ( true ) {
			$next = $file->findNext( Tokens::$emptyTokens, $i + 1, $end + 1, true );
			if ( false === $next ) {
				return $i;
			}
			$code = $tokens[ $next ]['code'];
			if ( isset( $tokens[ $next ]['bracket_closer'] ) && T_OPEN_SQUARE_BRACKET === $code ) {
				$i = $tokens[ $next ]['bracket_closer'];
			} elseif ( T_OPEN_PARENTHESIS === $code && isset( $tokens[ $next ]['parenthesis_closer'] ) ) {
				$i = $tokens[ $next ]['parenthesis_closer'];
			} elseif ( in_array( $code, array( T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON, T_STRING, T_VARIABLE ), true ) ) {
				$i = $next;
			} else {
				return $i;
			}
		}
	}

	/**
	 * The arguments of the call whose "(" is $open: list of [start, end].
	 *
	 * @return list<array{0:int, 1:int}>
	 */
	public static function arguments( File $file, int $open ): array {
		$tokens = $file->getTokens();
		$close  = $tokens[ $open ]['parenthesis_closer'] ?? null;
		if ( null === $close ) {
			return array();
		}
		$args  = array();
		$start = $open + 1;
		for ( $i = $open + 1; $i < $close; $i++ ) {
			if ( isset( $tokens[ $i ]['parenthesis_closer'] ) && $tokens[ $i ]['code'] === T_OPEN_PARENTHESIS ) {
				$i = $tokens[ $i ]['parenthesis_closer'];
				continue;
			}
			if ( isset( $tokens[ $i ]['bracket_closer'] ) ) {
				$i = $tokens[ $i ]['bracket_closer'];
				continue;
			}
			if ( T_COMMA === $tokens[ $i ]['code'] ) {
				$args[] = array( $start, $i - 1 );
				$start  = $i + 1;
			}
		}
		if ( null !== $file->findNext( Tokens::$emptyTokens, $start, $close, true ) && false !== $file->findNext( Tokens::$emptyTokens, $start, $close, true ) ) {
			$args[] = array( $start, $close - 1 );
		}
		return $args;
	}
}
