<?php
/**
 * SQL must be prepared: the query given to $wpdb->query(), get_results(),
 * get_var(), get_row() or get_col() is either a $wpdb->prepare() call (or a
 * variable assigned one in the same function), or built only from literals,
 * constants, numbers, $wpdb's table name properties ($wpdb->prefix,
 * $wpdb->options, ...) and table-name helpers (a static method whose name
 * ends in "table" or "table_name", called without arguments).
 *
 * Error code: QuillCRM.Security.PreparedSql.NotPrepared
 */

namespace QuillCRM\Sniffs\Security;

use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;
use PHP_CodeSniffer\Util\Tokens;

require_once __DIR__ . '/ExpressionSafety.php';

final class PreparedSqlSniff implements Sniff {

	private const METHODS = array( 'query', 'get_results', 'get_var', 'get_row', 'get_col' );

	public function register(): array {
		return array( T_VARIABLE );
	}

	public function process( File $file, $ptr ) {
		$tokens = $file->getTokens();
		if ( '$wpdb' !== $tokens[ $ptr ]['content'] ) {
			return;
		}
		$arrow  = $file->findNext( Tokens::$emptyTokens, $ptr + 1, null, true );
		$method = false === $arrow ? false : $file->findNext( Tokens::$emptyTokens, $arrow + 1, null, true );
		$open   = false === $method ? false : $file->findNext( Tokens::$emptyTokens, $method + 1, null, true );
		if ( false === $open || T_OBJECT_OPERATOR !== $tokens[ $arrow ]['code'] || T_OPEN_PARENTHESIS !== $tokens[ $open ]['code']
			|| ! in_array( strtolower( $tokens[ $method ]['content'] ), self::METHODS, true ) ) {
			return;
		}
		$args = ExpressionSafety::arguments( $file, $open );
		if ( ! $args ) {
			return;
		}
		[ $start, $end ] = $args[0];
		$first           = $file->findNext( Tokens::$emptyTokens, $start, $end + 1, true );
		$last            = $file->findPrevious( Tokens::$emptyTokens, $end, $start - 1, true );

		if ( false !== $first && $this->is_prepare_call( $file, $first ) === $last ) {
			return;
		}
		if ( false !== $first && $first === $last && T_VARIABLE === $tokens[ $first ]['code'] ) {
			if ( $this->assigned_prepare( $file, $first ) ) {
				return;
			}
			$file->addError( 'SQL not prepared: %s() runs %s, which is not assigned $wpdb->prepare(...) in this function', $first, 'NotPrepared', array( '$wpdb->' . $tokens[ $method ]['content'], $tokens[ $first ]['content'] ) );
			return;
		}
		$unsafe = ExpressionSafety::first_unsafe(
			$file,
			$start,
			$end,
			fn( File $file, int $name ): ?int => null,
			fn( File $file, int $i ): ?int => $this->safe_identifier( $file, $i )
		);
		if ( null !== $unsafe ) {
			$file->addError(
				'SQL not prepared: %s() builds its query from "%s"; pass values through $wpdb->prepare()',
				$unsafe,
				'NotPrepared',
				array( '$wpdb->' . $tokens[ $method ]['content'], $tokens[ $unsafe ]['content'] )
			);
		}
	}

	/** When $i starts "$wpdb->prepare(...)": the pointer of its ")". */
	private function is_prepare_call( File $file, int $i ): ?int {
		$tokens = $file->getTokens();
		if ( T_VARIABLE !== $tokens[ $i ]['code'] || '$wpdb' !== $tokens[ $i ]['content'] ) {
			return null;
		}
		$arrow = $file->findNext( Tokens::$emptyTokens, $i + 1, null, true );
		$name  = $file->findNext( Tokens::$emptyTokens, $arrow + 1, null, true );
		$open  = $file->findNext( Tokens::$emptyTokens, $name + 1, null, true );
		if ( T_OBJECT_OPERATOR === $tokens[ $arrow ]['code'] && 'prepare' === strtolower( $tokens[ $name ]['content'] ) && T_OPEN_PARENTHESIS === $tokens[ $open ]['code'] ) {
			return $tokens[ $open ]['parenthesis_closer'] ?? null;
		}
		return null;
	}

	/** Whether the variable's latest assignment before $ptr, in its function, is "= $wpdb->prepare(...);". */
	private function assigned_prepare( File $file, int $ptr ): bool {
		$tokens = $file->getTokens();
		$name   = $tokens[ $ptr ]['content'];
		$scope  = 0;
		foreach ( $tokens[ $ptr ]['conditions'] as $opener => $type ) {
			if ( T_FUNCTION === $type || T_CLOSURE === $type ) {
				$scope = $tokens[ $opener ]['scope_opener'] ?? $opener;
			}
		}
		for ( $i = $ptr - 1; $i > $scope; $i-- ) {
			if ( T_VARIABLE !== $tokens[ $i ]['code'] || $name !== $tokens[ $i ]['content'] ) {
				continue;
			}
			$eq = $file->findNext( Tokens::$emptyTokens, $i + 1, null, true );
			if ( false === $eq || T_EQUAL !== $tokens[ $eq ]['code'] ) {
				continue;
			}
			$value = $file->findNext( Tokens::$emptyTokens, $eq + 1, null, true );
			$close = false === $value ? null : $this->is_prepare_call( $file, $value );
			$semi  = null === $close ? false : $file->findNext( Tokens::$emptyTokens, $close + 1, null, true );
			return false !== $semi && T_SEMICOLON === $tokens[ $semi ]['code'];
		}
		return false;
	}

	/**
	 * A table name: $wpdb->prefix / $wpdb->options (a property, not a
	 * call), a "{$wpdb->prefix}"-only interpolation, or Foo::x_table().
	 * Returns the last pointer of the construct, or null.
	 */
	private function safe_identifier( File $file, int $i ): ?int {
		$tokens = $file->getTokens();
		$code   = $tokens[ $i ]['code'];
		if ( T_DOUBLE_QUOTED_STRING === $code || T_HEREDOC === $code ) {
			$vars = preg_match_all( '/(?<!\\\\)\{?\$(?:[A-Za-z_][A-Za-z0-9_]*)(?:->[A-Za-z_][A-Za-z0-9_]*)?\}?/', $tokens[ $i ]['content'], $m );
			foreach ( $vars ? $m[0] : array() as $var ) {
				if ( ! preg_match( '/^\{?\$wpdb->[A-Za-z_][A-Za-z0-9_]*\}?$/', $var ) ) {
					return null;
				}
			}
			return $i;
		}
		if ( T_VARIABLE === $code && '$wpdb' === $tokens[ $i ]['content'] ) {
			$arrow = $file->findNext( Tokens::$emptyTokens, $i + 1, null, true );
			$prop  = $file->findNext( Tokens::$emptyTokens, $arrow + 1, null, true );
			$after = $file->findNext( Tokens::$emptyTokens, $prop + 1, null, true );
			if ( T_OBJECT_OPERATOR === $tokens[ $arrow ]['code'] && T_STRING === $tokens[ $prop ]['code'] && ( false === $after || T_OPEN_PARENTHESIS !== $tokens[ $after ]['code'] ) ) {
				return $prop;
			}
			return null;
		}
		if ( in_array( $code, array( T_STRING, T_SELF, T_STATIC ), true ) ) {
			$colon = $file->findNext( Tokens::$emptyTokens, $i + 1, null, true );
			$name  = false === $colon ? false : $file->findNext( Tokens::$emptyTokens, $colon + 1, null, true );
			$open  = false === $name ? false : $file->findNext( Tokens::$emptyTokens, $name + 1, null, true );
			$close = false === $open ? false : $file->findNext( Tokens::$emptyTokens, $open + 1, null, true );
			if ( false !== $close && T_DOUBLE_COLON === $tokens[ $colon ]['code'] && T_STRING === $tokens[ $name ]['code']
				&& preg_match( '/table(_name)?$/i', $tokens[ $name ]['content'] )
				&& T_OPEN_PARENTHESIS === $tokens[ $open ]['code'] && T_CLOSE_PARENTHESIS === $tokens[ $close ]['code'] ) {
				return $close;
			}
		}
		return null;
	}
}
